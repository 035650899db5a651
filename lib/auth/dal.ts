/**
 * The data-access layer's answer to "who is this?" for pages and server actions. Every caller
 * asks here; a layout check alone guards nothing. Route handlers use api-request.ts instead,
 * which answers 401/403 as JSON rather than redirecting.
 */
import 'server-only';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/lib/db/client';
import { changePasswordUrl } from './password-change';
import { readSessionClaims } from './read-session-claims';
import { loadSessionUser, type SessionUser } from './session-user';

export type { SessionUser } from './session-user';

/**
 * The signed-in user as the database sees them now, or null. Cached for one request. A user who
 * must change their password is returned too, with `mustChangePassword` set: requireUser and
 * requirePermission turn that into a redirect; other callers decide for themselves.
 */
export const verifySession = cache(async (): Promise<SessionUser | null> => {
  const claims = await readSessionClaims((await headers()).get('cookie'));
  return claims ? loadSessionUser(getDb(), claims) : null;
});

export interface RequireOptions {
  /** The page to come back to after signing in, or after a required password change (this page's own path). */
  returnTo?: string;
  /**
   * Serve the page even while the user must change their password. Only the change-password
   * page itself says so; every other page sends such a user there.
   */
  allowPendingPasswordChange?: boolean;
}

export async function requireUser(options: RequireOptions = {}): Promise<SessionUser> {
  const user = await requireSignedIn(options);
  requireNoPendingPasswordChange(user, options);
  return user;
}

/**
 * For a named check from permissions.ts. The portal answers 404 for pages a role may not see,
 * so their existence is not revealed: the permission is checked before a pending password
 * change, which would otherwise answer those pages with a redirect.
 */
export async function requirePermission(
  may: (user: SessionUser) => boolean,
  options: RequireOptions = {},
): Promise<SessionUser> {
  const user = await requireSignedIn(options);
  if (!may(user)) notFound();
  requireNoPendingPasswordChange(user, options);
  return user;
}

async function requireSignedIn(options: RequireOptions): Promise<SessionUser> {
  const user = await verifySession();
  if (user) return user;
  redirect(options.returnTo ? `/login?${new URLSearchParams({ callbackUrl: options.returnTo })}` : '/login');
}

function requireNoPendingPasswordChange(user: SessionUser, options: RequireOptions): void {
  if (user.mustChangePassword && !options.allowPendingPasswordChange) redirect(changePasswordUrl(options.returnTo));
}
