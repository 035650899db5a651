import type { AuditActor } from '@/lib/audit/record-audit-event';

/** Who is making a change to users, for the audit log; a null actor is the CLI or set-up. */
export interface ChangeContext {
  actor: AuditActor | null;
  ip: string | null;
}

export const SYSTEM_CHANGE: ChangeContext = { actor: null, ip: null };
