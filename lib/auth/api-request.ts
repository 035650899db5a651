/**
 * Authentication for route handlers: `Authorization: Token <key>` or the portal's session
 * cookie. Failures are Django REST Framework's TokenAuthentication answers, word for word:
 * 401, `WWW-Authenticate: Token`, `{"detail": …}`. Never a redirect.
 *
 * A session whose user must change their password (password-change.ts) is refused with 403 and
 * `{"detail": …, "code": "password_change_required"}` until they do. A token is not: it is a
 * separate credential the user created themselves, unaffected by who last chose their password.
 */
import 'server-only';
import type { Db } from '@/lib/db/client';
import { getDb } from '@/lib/db/client';
import { findTokenByKey } from '@/lib/tokens/find-token-by-key';
import { touchTokenLastUsed } from '@/lib/tokens/touch-token-last-used';
import { parseTokenHeader, TOKEN_KEYWORD } from './parse-token-header';
import { CHANGE_PASSWORD_PATH, PASSWORD_CHANGE_REQUIRED_CODE } from './password-change';
import { readSessionClaims } from './read-session-claims';
import { loadSessionUser, toSessionUser, type SessionUser } from './session-user';

export const API_ERRORS = {
  notAuthenticated: 'Authentication credentials were not provided.',
  invalidToken: 'Invalid token.',
  inactiveUser: 'User inactive or deleted.',
  forbidden: 'You do not have permission to perform this action.',
  passwordChangeRequired:
    `Password change required: your password was set by someone else. Choose your own at ${CHANGE_PASSWORD_PATH}, then try again.`,
} as const;

export type ApiAuthentication =
  | { ok: true; user: SessionUser; via: 'token' | 'session' }
  | { ok: false; response: Response };

export async function authenticateApiRequest(request: Request, db: Db = getDb()): Promise<ApiAuthentication> {
  const header = parseTokenHeader(request.headers.get('authorization'));
  if (header.kind === 'invalid') return { ok: false, response: unauthorized(header.detail) };
  if (header.kind === 'token') {
    const token = await findTokenByKey(db, header.key);
    if (!token || token.revokedAt) return { ok: false, response: unauthorized(API_ERRORS.invalidToken) };
    if (!token.user.isActive) return { ok: false, response: unauthorized(API_ERRORS.inactiveUser) };
    await touchTokenLastUsed(db, token);
    return { ok: true, user: toSessionUser(token.user), via: 'token' };
  }
  const claims = await readSessionClaims(request.headers.get('cookie'));
  const user = claims ? await loadSessionUser(db, claims) : null;
  if (!user) return { ok: false, response: unauthorized(API_ERRORS.notAuthenticated) };
  if (user.mustChangePassword) return { ok: false, response: passwordChangeRequired() };
  return { ok: true, user, via: 'session' };
}

export function unauthorized(detail: string): Response {
  return Response.json({ detail }, { status: 401, headers: { 'WWW-Authenticate': TOKEN_KEYWORD } });
}

export function forbidden(): Response {
  return Response.json({ detail: API_ERRORS.forbidden }, { status: 403 });
}

export function passwordChangeRequired(): Response {
  return Response.json({ detail: API_ERRORS.passwordChangeRequired, code: PASSWORD_CHANGE_REQUIRED_CODE }, { status: 403 });
}
