import { describe, expect, it } from 'vitest';
import { sessionCookieValue } from '@/lib/auth/read-session-claims';
import { sessionCookieName } from '@/lib/auth/session-cookie';

describe('session cookie', () => {
  it('is __Secure- prefixed exactly when the public URL is https', () => {
    expect(sessionCookieName({ NEXTAUTH_URL: 'https://hub.example.com' })).toBe('__Secure-next-auth.session-token');
    expect(sessionCookieName({ NEXTAUTH_URL: 'http://localhost:3000' })).toBe('next-auth.session-token');
    expect(sessionCookieName({})).toBe('next-auth.session-token');
  });

  it('reads the value from a Cookie header, joining NextAuth’s numbered chunks in order', () => {
    const name = 'next-auth.session-token';
    expect(sessionCookieValue(`a=1; ${name}=abc; b=2`, name)).toBe('abc');
    expect(sessionCookieValue(`${name}.1=def; other=x; ${name}.0=abc; ${name}.10=z; ${name}.2=ghi`, name)).toBe('abcdefghiz');
    expect(sessionCookieValue(`__Secure-${name}=nope; ${name}x=nope`, name)).toBeNull();
    expect(sessionCookieValue(null, name)).toBeNull();
    expect(sessionCookieValue(`${name}=`, name)).toBeNull();
  });
});
