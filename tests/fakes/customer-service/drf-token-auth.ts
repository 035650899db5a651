import type { FakeResponse } from '../http/fake-server';

/**
 * Django REST Framework's TokenAuthentication and an IsAdminUser-style permission, answer for
 * answer: the keyword is matched case-insensitively, then the header must hold exactly one token.
 */
export interface TokenKeys {
  staff: readonly string[];
  nonStaff: readonly string[];
}

const unauthorized = (detail: string): FakeResponse => ({ status: 401, body: { detail }, headers: { 'WWW-Authenticate': 'Token' } });

export function authenticateToken(header: string | undefined, keys: TokenKeys): FakeResponse | null {
  const parts = (header ?? '').split(/\s+/).filter(Boolean);
  if (parts.length === 0 || parts[0]!.toLowerCase() !== 'token') return unauthorized('Authentication credentials were not provided.');
  if (parts.length === 1) return unauthorized('Invalid token header. No credentials provided.');
  if (parts.length > 2) return unauthorized('Invalid token header. Token string should not contain spaces.');
  const key = parts[1]!;
  if (keys.staff.includes(key)) return null;
  if (keys.nonStaff.includes(key)) return { status: 403, body: { detail: 'You do not have permission to perform this action.' } };
  return unauthorized('Invalid token.');
}
