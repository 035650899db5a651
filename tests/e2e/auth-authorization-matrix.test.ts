/**
 * Every entry of the route table, requested as every kind of caller against a real `next start`:
 * signed out, a made-up token, a revoked admin token, a deactivated admin (session cookie and
 * token), staff and admin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '@/lib/tokens/create-api-token';
import { revokeApiToken } from '@/lib/tokens/revoke-api-token';
import { setUserActive } from '@/lib/users/set-user-active';
import { SYSTEM_CHANGE } from '@/lib/users/user-audit';
import { addUser, startE2eServer, type E2eServer, type E2eUser } from '../support/e2e-server';
import { signInOverHttp } from '../support/e2e-session';
import { ACTORS, ROUTES, type Actor } from '../support/route-table';

let server: E2eServer;
const headers = {} as Record<Actor, Record<string, string>>;

beforeAll(async () => {
  server = await startE2eServer();
  const { staff, admin } = server.users;
  const inactive = await addUser(server.db, { email: 'inactive@e2e.test', name: 'Ina Inactive', role: 'ADMIN' });
  const token = (user: E2eUser) => createApiToken(server.db, { userId: user.id, label: 'matrix' }, { actor: user, ip: null });
  // Staff and admins send both: pages read the cookie, route handlers the token.
  const credentials = async (user: E2eUser) => ({
    cookie: (await signInOverHttp(server.baseUrl, user.email, user.password)).cookie,
    authorization: `Token ${(await token(user)).key}`,
  });

  const revoked = await token(admin);
  await revokeApiToken(server.db, { tokenId: revoked.id, ownerId: null }, { actor: admin, ip: null });
  Object.assign(headers, {
    signedOut: {},
    badToken: { authorization: `Token chub_${'x'.repeat(40)}` },
    revokedToken: { authorization: `Token ${revoked.key}` },
    inactiveUser: await credentials(inactive),
    staff: await credentials(staff),
    admin: await credentials(admin),
  });
  // Deactivated after signing in and creating a token: both must stop working at once.
  expect(await setUserActive(server.db, inactive.id, false, SYSTEM_CHANGE)).toEqual({ ok: true });
});

afterAll(() => server?.stop());

describe.each(ROUTES)('$method $path ($file)', (route) => {
  it.each(ACTORS)('as %s', async (actor) => {
    const response = await fetch(`${server.baseUrl}${route.path}`, {
      method: route.method,
      headers: { ...headers[actor], ...(route.body ? { 'content-type': 'application/json' } : {}) },
      body: route.body,
      redirect: 'manual',
    });
    await response.body?.cancel();
    const expected = route.expect[actor];
    const location = response.headers.get('location');
    const actual = { status: response.status, location: expected.location && location ? new URL(location, server.baseUrl).pathname : undefined };
    expect(actual).toEqual({ status: expected.status, location: expected.location });
    if (response.status === 401) expect(response.headers.get('www-authenticate')).toBe('Token');
  });
});
