import { describe, expect, it } from 'vitest';
import { DEFAULT_AFTER_SIGN_IN, safeCallbackUrl } from '@/lib/auth/callback-url';

describe('safeCallbackUrl', () => {
  it.each([
    ['/customers', '/customers'],
    ['/customers?search=ada&page=2', '/customers?search=ada&page=2'],
    ['/customers/12#snapshots', '/customers/12#snapshots'],
    ['/users/../audit', '/audit'],
    ['/customers?q=a%2Fb', '/customers?q=a%2Fb'],
  ])('keeps the same-origin path %j', (raw, expected) => {
    expect(safeCallbackUrl(raw)).toBe(expected);
  });

  it.each([
    '//evil.com',
    '///evil.com',
    '/\\evil.com',
    '\\\\evil.com',
    '/\t/evil.com',
    '/\n/evil.com',
    'https://evil.com/customers',
    'http:/evil.com',
    'javascript:alert(1)',
    'evil.com',
    'customers',
    '/%2F%2Fevil.com',
    '/%2fevil.com',
    '/%5Cevil.com',
    '/%252F%252Fevil.com',
    '%2F%2Fevil.com',
    '/%E0%A4%A',
    '/login',
    '/login?callbackUrl=/users',
    '/api/auth/signout',
    '',
    'x'.repeat(3000),
  ])('falls back for %j', (raw) => {
    expect(safeCallbackUrl(raw)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it('falls back for anything that is not a string', () => {
    for (const raw of [undefined, null, 42, ['/customers'], { href: '/customers' }]) {
      expect(safeCallbackUrl(raw, '/home')).toBe('/home');
    }
  });
});
