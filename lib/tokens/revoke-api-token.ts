import { recordAuditEvent, type AuditActor } from '@/lib/audit/record-audit-event';
import type { Db } from '@/lib/db/client';

export type RevokeResult = { ok: true } | { ok: false; error: 'not_found' };

/**
 * Revokes a token. `ownerId` limits the search to that user's tokens (a user revoking their
 * own); null lets an admin revoke anyone's. Someone else's token reads as not found. The
 * revocation and its audit entry commit together.
 */
export async function revokeApiToken(
  db: Db,
  input: { tokenId: number; ownerId: number | null },
  audit: { actor: AuditActor; ip: string | null },
  now: Date = new Date(),
): Promise<RevokeResult> {
  const where = { id: input.tokenId, revokedAt: null, ...(input.ownerId === null ? {} : { userId: input.ownerId }) };
  return db.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({ where, data: { revokedAt: now } });
    if (count === 0) return { ok: false, error: 'not_found' } as const;
    await recordAuditEvent(tx, {
      actor: audit.actor,
      action: 'token.revoke',
      targetType: 'api_token',
      targetId: input.tokenId,
      ip: audit.ip,
    });
    return { ok: true } as const;
  });
}
