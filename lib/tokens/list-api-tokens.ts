import type { Db } from '@/lib/db/client';

export interface ApiTokenRow {
  id: number;
  label: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  owner: { id: number; email: string; name: string };
}

const rowSelect = {
  id: true,
  label: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  user: { select: { id: true, email: true, name: true } },
} as const;

/** One user's tokens (ownerId) or everyone's (null, for admins); newest first. Never the hash. */
export async function listApiTokens(db: Db, ownerId: number | null): Promise<ApiTokenRow[]> {
  const rows = await db.apiToken.findMany({
    where: ownerId === null ? {} : { userId: ownerId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: rowSelect,
  });
  return rows.map(({ user, ...token }) => ({ ...token, owner: user }));
}
