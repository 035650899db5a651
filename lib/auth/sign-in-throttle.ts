/**
 * Failed sign-ins are limited per account and per IP. The audit log is the counter, so the limit
 * holds across restarts and app instances; (action, targetId, createdAt) and (action, ip,
 * createdAt) are indexed for exactly these queries.
 */
import type { Db } from '@/lib/db/client';

export const SIGN_IN_THROTTLE = { maxFailures: 5, windowMs: 15 * 60_000 } as const;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface ThrottleQuery {
  email: string;
  ip: string | null;
  now: Date;
  /** A successful sign-in forgives earlier failures on the account (never on the IP). */
  accountClearedAt?: Date | null;
}

export async function checkSignInThrottle(db: Db, query: ThrottleQuery): Promise<ThrottleVerdict> {
  const windowStart = new Date(query.now.getTime() - SIGN_IN_THROTTLE.windowMs);
  const accountSince =
    query.accountClearedAt && query.accountClearedAt > windowStart ? query.accountClearedAt : windowStart;
  const [byAccount, byIp] = await Promise.all([
    recentFailures(db, { targetId: query.email }, accountSince),
    query.ip ? recentFailures(db, { ip: query.ip }, windowStart) : Promise.resolve([]),
  ]);
  const retryAt = Math.max(unblockTime(byAccount), unblockTime(byIp));
  return retryAt > query.now.getTime() ? { allowed: false, retryAfterMs: retryAt - query.now.getTime() } : { allowed: true };
}

/** The newest `maxFailures` failures, newest first. */
async function recentFailures(db: Db, where: { targetId: string } | { ip: string }, since: Date): Promise<Date[]> {
  const rows = await db.auditEvent.findMany({
    where: { action: 'auth.sign_in_failed', ...where, createdAt: { gt: since } },
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
