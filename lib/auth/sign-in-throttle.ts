/**
 * Failed sign-ins are limited per account and per IP. The audit log is the counter, so the limit
 * holds across restarts and app instances; (action, targetId, createdAt) and (action, ip,
 * createdAt) are indexed for exactly these queries.
 *
 * Each attempt is written to the log as a failure *before* it is checked, and the check counts
 * the failures written by other attempts. Of attempts racing in parallel, the last one let
 * through has seen the rows of all the others let through, so at most `maxFailures` get to try a
 * password; checking first and recording afterwards would let every one of them try. The row is
 * then settled with the real outcome; one whose process died on the way stays a failure.
 */
import type { AuditActor } from '@/lib/audit/record-audit-event';
import type { Db } from '@/lib/db/client';

export const SIGN_IN_THROTTLE = { maxFailures: 5, windowMs: 15 * 60_000 } as const;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface SignInAttempt {
  email: string;
  ip: string | null;
  now: Date;
  /** A successful sign-in forgives earlier failures on the account (never on the IP). */
  accountClearedAt?: Date | null;
}

/** Records the attempt as a failure, then says whether it may go on to check the password. */
export async function beginSignInAttempt(db: Db, attempt: SignInAttempt): Promise<{ attemptId: number; verdict: ThrottleVerdict }> {
  const { id } = await db.auditEvent.create({
    data: { action: 'auth.sign_in_failed', targetType: 'user', targetId: attempt.email, ip: attempt.ip, createdAt: attempt.now },
    select: { id: true },
  });
  const windowStart = new Date(attempt.now.getTime() - SIGN_IN_THROTTLE.windowMs);
  const accountSince =
    attempt.accountClearedAt && attempt.accountClearedAt > windowStart ? attempt.accountClearedAt : windowStart;
  const [byAccount, byIp] = await Promise.all([
    otherFailures(db, id, { targetId: attempt.email }, accountSince),
    attempt.ip ? otherFailures(db, id, { ip: attempt.ip }, windowStart) : Promise.resolve([]),
  ]);
  const retryAt = Math.max(unblockTime(byAccount), unblockTime(byIp));
  const now = attempt.now.getTime();
  return { attemptId: id, verdict: retryAt > now ? { allowed: false, retryAfterMs: retryAt - now } : { allowed: true } };
}

export type AttemptOutcome =
  | { action: 'auth.sign_in_throttled' }
  | { action: 'auth.sign_in_failed'; reason: 'unknown_email' | 'wrong_password' | 'inactive' }
  | { action: 'auth.sign_in'; user: AuditActor };

/** Rewrites the attempt's row with what happened; takes a transaction client too. */
export async function settleSignInAttempt(db: Pick<Db, 'auditEvent'>, attemptId: number, outcome: AttemptOutcome): Promise<void> {
  const data =
    outcome.action === 'auth.sign_in'
      ? { action: outcome.action, actorId: outcome.user.id, actorEmail: outcome.user.email, targetId: String(outcome.user.id) }
      : outcome.action === 'auth.sign_in_failed'
        ? { details: { reason: outcome.reason } }
        : { action: outcome.action };
  await db.auditEvent.update({ where: { id: attemptId }, data });
}

/** The newest `maxFailures` failures other than this attempt's own row, newest first. */
async function otherFailures(db: Db, attemptId: number, where: { targetId: string } | { ip: string }, since: Date): Promise<Date[]> {
  const rows = await db.auditEvent.findMany({
    where: { action: 'auth.sign_in_failed', ...where, createdAt: { gt: since }, id: { not: attemptId } },
    orderBy: { createdAt: 'desc' },
    take: SIGN_IN_THROTTLE.maxFailures,
    select: { createdAt: true },
  });
  return rows.map((row) => row.createdAt);
}

// Blocked until the oldest of the last `maxFailures` failures leaves the window.
function unblockTime(failures: Date[]): number {
  const oldest = failures[SIGN_IN_THROTTLE.maxFailures - 1];
  return oldest ? oldest.getTime() + SIGN_IN_THROTTLE.windowMs : 0;
}

export function retryAfterMinutes(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 60_000));
}
