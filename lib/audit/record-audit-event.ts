/** The audit log: who did what, to what, when and from where. Written by every domain. */
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/types';

export const AUDIT_ACTIONS = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_in_throttled',
  'auth.sign_out',
  'user.create',
  'user.deactivate',
  'user.reactivate',
  'user.role_change',
  'user.password_reset',
  'user.password_change',
  'token.create',
  'token.revoke',
  'sync.trigger',
  'customers.export',
  'group.create',
  'group.update',
  'group.delete',
  'group.members_change',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditActor {
  id: number;
  email: string;
}

export interface AuditEntry {
  actor: AuditActor | null;
  action: AuditAction;
  targetType?: string;
  targetId?: string | number;
  details?: Prisma.InputJsonValue;
  ip?: string | null;
}

/** Takes a transaction client too, so a change and its audit entry commit together. */
export async function recordAuditEvent(db: Pick<Db, 'auditEvent'>, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId === undefined ? null : String(entry.targetId),
      details: entry.details,
      ip: entry.ip ?? null,
    },
  });
}
