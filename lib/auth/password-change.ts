/**
 * A user whose password someone else chose (set-up, `user:create`, the Users page, an admin's
 * reset) carries `mustChangePassword` until they choose their own. The flag lives in the
 * database, not in the session cookie: every request re-reads it with the user (session-user.ts),
 * so it applies to sessions already open and lifts the moment the password is changed.
 *
 * While it is set, a session may open the change-password page and call its action, nothing
 * else: pages redirect there (dal.ts), server actions refuse (authorize-action.ts), and route
 * handlers called with the session cookie answer 403 (api-request.ts). API tokens are separate
 * credentials that only the user could have created, before the flag was set, and keep working.
 * Shared by server and client code.
 */
export const CHANGE_PASSWORD_PATH = '/account/password';

/** The change-password page, coming back to `returnTo` (a same-origin path) afterwards. */
export function changePasswordUrl(returnTo?: string): string {
  return returnTo && returnTo !== CHANGE_PASSWORD_PATH
    ? `${CHANGE_PASSWORD_PATH}?${new URLSearchParams({ callbackUrl: returnTo })}`
    : CHANGE_PASSWORD_PATH;
}

/** What a server action answers a session that must change its password first. */
export const PASSWORD_CHANGE_REQUIRED = 'Choose a new password first: yours was set by someone else.';

/** The `code` of a route handler's 403 for such a session, for clients to tell it from a role refusal. */
export const PASSWORD_CHANGE_REQUIRED_CODE = 'password_change_required';
