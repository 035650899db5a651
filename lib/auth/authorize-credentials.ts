/**
 * The credentials check behind the sign-in form: throttle, verify, audit. Every failure gets the
 * same message and roughly the same cost, whether or not the email exists.
 */
import 'server-only';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { verifyPasswordOrDummy } from './password-hash';
import { sessionStamp, toSessionUser, type SessionUser } from './session-user';
import { INVALID_CREDENTIALS, tooManyAttemptsMessage } from './sign-in-messages';
import { beginSignInAttempt, retryAfterMinutes, settleSignInAttempt } from './sign-in-throttle';

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(1024),
});

export type AuthorizeResult = { ok: true; user: SessionUser; stamp: string } | { ok: false; message: string };

export interface AuthorizeContext {
  ip: string | null;
  now?: () => Date;
}

export async function authorizeCredentials(db: Db, input: unknown, context: AuthorizeContext): Promise<AuthorizeResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success || !parsed.data.email || !parsed.data.password) return { ok: false, message: INVALID_CREDENTIALS };
  const { email, password } = parsed.data;
  const now = (context.now ?? (() => new Date()))();

  const user = await db.user.findUnique({ where: { email } });
  const { attemptId, verdict } = await beginSignInAttempt(db, { email, ip: context.ip, now, accountClearedAt: user?.lastLoginAt });
  if (!verdict.allowed) {
    await settleSignInAttempt(db, attemptId, { action: 'auth.sign_in_throttled' });
    return { ok: false, message: tooManyAttemptsMessage(retryAfterMinutes(verdict.retryAfterMs)) };
  }

  const passwordOk = await verifyPasswordOrDummy(user?.passwordHash, password);
  if (!user || !passwordOk || !user.isActive) {
    const reason = !user ? 'unknown_email' : !passwordOk ? 'wrong_password' : 'inactive';
    await settleSignInAttempt(db, attemptId, { action: 'auth.sign_in_failed', reason });
    return { ok: false, message: INVALID_CREDENTIALS };
  }

  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    await settleSignInAttempt(tx, attemptId, { action: 'auth.sign_in', user });
  });
  // A user who must change their password still signs in: the change-password page needs a session.
  return { ok: true, user: toSessionUser(user), stamp: sessionStamp(user.passwordHash) };
}
