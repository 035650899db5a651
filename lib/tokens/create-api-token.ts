import { z } from 'zod';
import { recordAuditEvent, type AuditActor } from '@/lib/audit/record-audit-event';
import type { Db } from '@/lib/db/client';
import { generateTokenKey, hashTokenKey, visibleTokenPrefix } from './token-key';

export const tokenLabelSchema = z.string().trim().min(1, 'Give the token a label.').max(100, 'At most 100 characters.');

export interface CreatedApiToken {
  id: number;
  label: string;
  prefix: string;
  createdAt: Date;
  /** The only time the full key exists outside the caller's hands. */
  key: string;
}

export async function createApiToken(
  db: Db,
  input: { userId: number; label: string },
  audit: { actor: AuditActor; ip: string | null },
): Promise<CreatedApiToken> {
  const label = tokenLabelSchema.parse(input.label);
  const key = generateTokenKey();
  // With its audit entry in one transaction: no token may exist whose creation the log does not show.
  const token = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId: input.userId, label, keyHash: hashTokenKey(key), prefix: visibleTokenPrefix(key) },
      select: { id: true, label: true, prefix: true, createdAt: true },
    });
    await recordAuditEvent(tx, {
      actor: audit.actor,
      action: 'token.create',
      targetType: 'api_token',
      targetId: created.id,
      details: { label, prefix: created.prefix, ownerId: input.userId },
      ip: audit.ip,
    });
    return created;
  });
  return { ...token, key };
}
