/**
 * Decodes the portal's session cookie from a Cookie header, for the DAL (pages and server
 * actions) and for route handlers that also accept browser sessions. The claims, the password
 * stamp among them, live only in this encrypted cookie: NextAuth's session object, which
 * /api/auth/session hands to the browser, carries neither.
 */
import 'server-only';
import { decode } from 'next-auth/jwt';
import { authSecret } from './auth-secret';
import { sessionCookieName } from './session-cookie';
import type { SessionClaims } from './session-user';

export async function readSessionClaims(cookieHeader: string | null): Promise<Partial<SessionClaims> | null> {
  const token = sessionCookieValue(cookieHeader, sessionCookieName());
  if (!token) return null;
  try {
    const payload = await decode({ token, secret: authSecret() });
    return payload ? { userId: payload.uid, stamp: payload.stamp } : null;
  } catch {
    return null;
  }
}

/** NextAuth splits large cookies into `name.0`, `name.1`, …; joined in order. */
export function sessionCookieValue(header: string | null, name: string): string | null {
  const chunks = new Map<string, string>();
  for (const pair of (header ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0) continue;
    const key = pair.slice(0, separator).trim();
    if (key === name || key.startsWith(`${name}.`)) chunks.set(key, safeDecode(pair.slice(separator + 1).trim()));
  }
  if (chunks.has(name)) return chunks.get(name) || null;
  const parts = [...chunks.entries()]
    .map(([key, value]) => ({ index: Number(key.slice(name.length + 1)), value }))
    .filter((part) => Number.isInteger(part.index))
    .sort((a, b) => a.index - b.index);
  return parts.length ? parts.map((part) => part.value).join('') : null;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
