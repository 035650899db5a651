/**
 * The first line of every server action: who is calling, may they do this, and the context
 * the audit log needs. Actions return these errors to the form rather than throwing.
 */
import 'server-only';
import type { AuditActor } from '@/lib/audit/record-audit-event';
import { verifySession } from './dal';
import { PASSWORD_CHANGE_REQUIRED } from './password-change';
import { requestIp } from './request-ip';
import type { SessionUser } from './session-user';

/** Who acts and from where, for the audit log. */
export interface ActorContext {
  actor: AuditActor;
  ip: string | null;
}

export type ActionFailure = { ok: false; error: string; fieldErrors?: Record<string, string[] | undefined> };

export const SESSION_ENDED = 'Your session has ended. Sign in again.';
export const NOT_ALLOWED = 'You do not have permission to do that.';
export { PASSWORD_CHANGE_REQUIRED };

export interface AuthorizeActionOptions {
  /** Only the change-password action says so: a user who must change their password may do nothing else. */
  allowPendingPasswordChange?: boolean;
}

export async function authorizeAction(
  may: (user: SessionUser) => boolean,
  options: AuthorizeActionOptions = {},
): Promise<{ ok: true; user: SessionUser; context: ActorContext } | ActionFailure> {
  const user = await verifySession();
  if (!user) return { ok: false, error: SESSION_ENDED };
  if (!may(user)) return { ok: false, error: NOT_ALLOWED };
  if (user.mustChangePassword && !options.allowPendingPasswordChange) return { ok: false, error: PASSWORD_CHANGE_REQUIRED };
  return { ok: true, user, context: { actor: { id: user.id, email: user.email }, ip: await requestIp() } };
}
