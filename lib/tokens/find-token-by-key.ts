import type { Db } from '@/lib/db/client';
import { sessionUserSelect } from '@/lib/auth/session-user';
import { hashTokenKey, isWellFormedTokenKey, sameHash } from './token-key';

export async function findTokenByKey(db: Db, key: string) {
  if (!isWellFormedTokenKey(key)) return null;
  const keyHash = hashTokenKey(key);
  const token = await db.apiToken.findUnique({
    where: { keyHash },
    select: { id: true, keyHash: true, revokedAt: true, lastUsedAt: true, user: { select: sessionUserSelect } },
  });
  // The unique index found the row; the constant-time comparison keeps the final check from
  // depending on how many leading characters happen to match.
  if (!token || !sameHash(token.keyHash, keyHash)) return null;
  return token;
}

export type FoundToken = NonNullable<Awaited<ReturnType<typeof findTokenByKey>>>;
