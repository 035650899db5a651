import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { authenticateApiRequest, forbidden } from '@/lib/auth/api-request';
import { sessionStamp } from '@/lib/auth/session-user';
import { createApiToken } from '@/lib/tokens/create-api-token';
import { revokeApiToken } from '@/lib/tokens/revoke-api-token';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

const SECRET = 'api-request-test-secret-0123456789abcdef';
let database: TestDatabase;
let staff: { id: number; email: string; passwordHash: string };
let key: string;

beforeAll(async () => {
  vi.stubEnv('NEXTAUTH_SECRET', SECRET);
  vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3000');
  database = await createTestDatabase();
  staff = await database.db.user.create({ data: { email: 'staff@example.com', name: 'Staff', passwordHash: 'hash-1' } });
  ({ key } = await createApiToken(database.db, { userId: staff.id, label: 'ci' }, { actor: staff, ip: null }));
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await database.drop();
});
beforeEach(() => database.db.user.update({ where: { id: staff.id }, data: { isActive: true, role: 'STAFF', mustChangePassword: false } }));

const request = (headers: Record<string, string>) => new Request('http://localhost/api/x', { headers });

async function failure(headers: Record<string, string>) {
  const result = await authenticateApiRequest(request(headers), database.db);
  if (result.ok) throw new Error('expected a failure');
  return { status: result.response.status, scheme: result.response.headers.get('www-authenticate'), body: await result.response.json() };
}

const sessionCookie = async (claims: Record<string, unknown>) =>
  `next-auth.session-token=${await encode({ token: claims, secret: SECRET })}`;

describe('authenticateApiRequest', () => {
  it.each([
    [{}, 'Authentication credentials were not provided.'],
    [{ authorization: 'Bearer whatever' }, 'Authentication credentials were not provided.'],
    [{ authorization: 'Token' }, 'Invalid token header. No credentials provided.'],
    [{ authorization: 'Token a b' }, 'Invalid token header. Token string should not contain spaces.'],
    [{ authorization: 'Token chub_unknown' }, 'Invalid token.'],
    [{ authorization: `Token ${'chub_'.padEnd(45, 'x')}` }, 'Invalid token.'],
  ])('%j → 401 %s with WWW-Authenticate: Token', async (headers, detail) => {
    expect(await failure(headers)).toEqual({ status: 401, scheme: 'Token', body: { detail } });
  });

  it('accepts a token with any case of the keyword and reports who it belongs to', async () => {
    for (const keyword of ['Token', 'token', 'TOKEN']) {
      const result = await authenticateApiRequest(request({ authorization: `${keyword} ${key}` }), database.db);
      expect(result).toEqual({
        ok: true,
        via: 'token',
        user: { id: staff.id, email: staff.email, name: 'Staff', role: 'STAFF', mustChangePassword: false },
      });
    }
  });

  it('refuses the token of an inactive user', async () => {
    await database.db.user.update({ where: { id: staff.id }, data: { isActive: false } });
    expect(await failure({ authorization: `Token ${key}` })).toEqual({
      status: 401,
      scheme: 'Token',
      body: { detail: 'User inactive or deleted.' },
    });
  });

  it('accepts a valid session cookie and re-reads the role from the database', async () => {
    const cookie = await sessionCookie({ uid: staff.id, stamp: sessionStamp(staff.passwordHash), email: staff.email });
    const first = await authenticateApiRequest(request({ cookie }), database.db);
    expect(first).toMatchObject({ ok: true, via: 'session', user: { id: staff.id, role: 'STAFF' } });
    await database.db.user.update({ where: { id: staff.id }, data: { role: 'ADMIN' } });
    expect(await authenticateApiRequest(request({ cookie }), database.db)).toMatchObject({ ok: true, user: { role: 'ADMIN' } });
  });

  it('ignores session cookies of inactive users, stale stamps and forged payloads', async () => {
    const stale = await sessionCookie({ uid: staff.id, stamp: sessionStamp('an older hash') });
    const forged = `next-auth.session-token=${Buffer.from(JSON.stringify({ uid: staff.id })).toString('base64url')}`;
    const wrongSecret = `next-auth.session-token=${await encode({ token: { uid: staff.id, stamp: sessionStamp(staff.passwordHash) }, secret: 'another-secret-0123456789abcdef-xyz' })}`;
    for (const cookie of [stale, forged, wrongSecret]) {
      expect((await failure({ cookie })).body.detail).toBe('Authentication credentials were not provided.');
    }
    const valid = await sessionCookie({ uid: staff.id, stamp: sessionStamp(staff.passwordHash) });
    await database.db.user.update({ where: { id: staff.id }, data: { isActive: false } });
    expect((await failure({ cookie: valid })).status).toBe(401);
  });

  it('lets a token header decide even when a session cookie is present', async () => {
    const cookie = await sessionCookie({ uid: staff.id, stamp: sessionStamp(staff.passwordHash) });
    expect((await failure({ cookie, authorization: 'Token nope' })).body.detail).toBe('Invalid token.');
  });

  it('refuses a session that must change its password with a 403 that says so, from the next request on, and lifts it as soon as the flag clears', async () => {
    const cookie = await sessionCookie({ uid: staff.id, stamp: sessionStamp(staff.passwordHash) });
    expect(await authenticateApiRequest(request({ cookie }), database.db)).toMatchObject({ ok: true, via: 'session' });
    // Set after the cookie was issued: the server reads the flag with the user on each request, not from the cookie.
    await database.db.user.update({ where: { id: staff.id }, data: { mustChangePassword: true } });
    const refused = await failure({ cookie });
    expect(refused).toEqual({
      status: 403,
      scheme: null,
      body: {
        detail: 'Password change required: your password was set by someone else. Choose your own at /account/password, then try again.',
        code: 'password_change_required',
      },
    });
    await database.db.user.update({ where: { id: staff.id }, data: { mustChangePassword: false } });
    expect(await authenticateApiRequest(request({ cookie }), database.db)).toMatchObject({ ok: true, via: 'session' });
  });

  it('lets the API tokens of a user who must change their password keep working: they are separate credentials', async () => {
    await database.db.user.update({ where: { id: staff.id }, data: { mustChangePassword: true } });
    const result = await authenticateApiRequest(request({ authorization: `Token ${key}` }), database.db);
    expect(result).toMatchObject({ ok: true, via: 'token', user: { id: staff.id, mustChangePassword: true } });
    // Even with the session cookie alongside: the token header decides.
    const cookie = await sessionCookie({ uid: staff.id, stamp: sessionStamp(staff.passwordHash) });
    expect(await authenticateApiRequest(request({ cookie, authorization: `Token ${key}` }), database.db)).toMatchObject({ ok: true, via: 'token' });
  });

  it('answers "Invalid token." once the token is revoked', async () => {
    const created = await createApiToken(database.db, { userId: staff.id, label: 'short-lived' }, { actor: staff, ip: null });
    expect((await authenticateApiRequest(request({ authorization: `Token ${created.key}` }), database.db)).ok).toBe(true);
    await revokeApiToken(database.db, { tokenId: created.id, ownerId: staff.id }, { actor: staff, ip: null });
    expect(await failure({ authorization: `Token ${created.key}` })).toEqual({
      status: 401,
      scheme: 'Token',
      body: { detail: 'Invalid token.' },
    });
  });
});

describe('forbidden', () => {
  it('is DRF’s 403 body', async () => {
    const response = forbidden();
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual({ detail: 'You do not have permission to perform this action.' });
  });
});
