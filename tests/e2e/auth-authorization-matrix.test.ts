/**
 * Every entry of the route table, requested as every kind of caller against a real `next start`:
 * signed out, a made-up token, a revoked admin token, a deactivated admin (session cookie and
 * token), staff and admin (cookie and token), staff and admin with the session cookie alone, and
 * an admin who must change their password (cookie and token, and the cookie alone).
 * Then every server action of the build, called over HTTP as each of them.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NOT_ALLOWED, PASSWORD_CHANGE_REQUIRED, SESSION_ENDED } from '@/lib/auth/authorize-action';
import { createApiToken } from '@/lib/tokens/create-api-token';
import { revokeApiToken } from '@/lib/tokens/revoke-api-token';
import { setUserActive } from '@/lib/users/set-user-active';
import { SYSTEM_CHANGE } from '@/lib/users/user-audit';
import { addUser, startE2eServer, type E2eServer, type E2eUser } from '../support/e2e-server';
import { callServerAction, readServerActions, signInOverHttp, type ServerActionRef } from '../support/e2e-session';
import { ACTIONS, ACTORS, actionVerdict, ROUTES, type ActionFixtures, type Actor } from '../support/route-table';

let server: E2eServer;
const headers = {} as Record<Actor, Record<string, string>>;
let fixtures: ActionFixtures;
let serverActions: Map<string, ServerActionRef>;

beforeAll(async () => {
  server = await startE2eServer();
  const { staff, admin } = server.users;
  const inactive = await addUser(server.db, { email: 'inactive@e2e.test', name: 'Ina Inactive', role: 'ADMIN' });
  const pending = await addUser(server.db, { email: 'pending@e2e.test', name: 'Pat Pending', role: 'ADMIN', mustChangePassword: true });
  const token = (user: E2eUser) => createApiToken(server.db, { userId: user.id, label: 'matrix' }, { actor: user, ip: null });
  // Staff and admins send both: pages read the cookie, route handlers the token.
  const credentials = async (user: E2eUser) => ({
    cookie: (await signInOverHttp(server.baseUrl, user.email, user.password)).cookie,
    authorization: `Token ${(await token(user)).key}`,
  });

  const revoked = await token(admin);
  await revokeApiToken(server.db, { tokenId: revoked.id, ownerId: null }, { actor: admin, ip: null });
  const [staffCredentials, adminCredentials, pendingCredentials] = [await credentials(staff), await credentials(admin), await credentials(pending)];
  Object.assign(headers, {
    signedOut: {},
    badToken: { authorization: `Token chub_${'x'.repeat(40)}` },
    revokedToken: { authorization: `Token ${revoked.key}` },
    inactiveUser: await credentials(inactive),
    staff: staffCredentials,
    admin: adminCredentials,
    staffCookie: { cookie: staffCredentials.cookie },
    adminCookie: { cookie: adminCredentials.cookie },
    pendingAdmin: pendingCredentials,
    pendingAdminCookie: { cookie: pendingCredentials.cookie },
  });
  // Deactivated after signing in and creating a token: both must stop working at once.
  expect(await setUserActive(server.db, inactive.id, false, SYSTEM_CHANGE)).toEqual({ ok: true });

  fixtures = {
    adminId: admin.id,
    adminTokenId: (await token(admin)).id,
    groupId: (await server.db.customerGroup.create({ data: { name: 'Matrix group' } })).id,
  };
  serverActions = readServerActions(inject('e2eDistDir'));
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
    const expected = route.expect[actor];
    // A session refused for a pending password change says so; any other 403 is a role refusal.
    if (response.status === 403) {
      const body = (await response.json()) as { code?: string };
      expect(body.code === 'password_change_required').toBe(actor === 'pendingAdminCookie');
    } else {
      await response.body?.cancel();
    }
    const location = response.headers.get('location');
    const actual = { status: response.status, location: expected.location && location ? new URL(location, server.baseUrl).pathname : undefined };
    expect(actual).toEqual({ status: expected.status, location: expected.location });
    if (response.status === 401) expect(response.headers.get('www-authenticate')).toBe('Token');
  });
});

/** Everything an action could change, so a refused or rejected call can be shown to change nothing. */
async function fingerprint(): Promise<string> {
  const rows = await Promise.all([
    server.db.user.findMany({
      orderBy: { id: 'asc' },
      select: { id: true, email: true, role: true, isActive: true, passwordHash: true, mustChangePassword: true },
    }),
    server.db.apiToken.findMany({ orderBy: { id: 'asc' }, select: { id: true, revokedAt: true } }),
    server.db.customerGroup.findMany({ orderBy: { id: 'asc' }, select: { id: true, name: true, description: true, members: true } }),
    server.db.syncRun.count(),
    server.db.auditEvent.count(),
  ]);
  return JSON.stringify(rows);
}

describe.each(ACTIONS)('server action $name ($file)', (entry) => {
  it.each(ACTORS)('as %s', async (actor) => {
    const action = serverActions.get(`${entry.file}#${entry.name}`);
    if (!action) throw new Error(`${entry.file}#${entry.name} is not in the build's server action manifest`);
    const verdict = actionVerdict(entry, actor);
    const before = await fingerprint();
    // Refused callers try a real change; permitted ones send nothing, which the action rejects after its check.
    const args = verdict === 'permitted' ? [] : [entry.input(fixtures)];
    const result = await callServerAction(server.baseUrl, action, args, headers[actor].cookie);
    if (verdict === 'permitted') {
      expect(result).toMatchObject({ ok: false, error: expect.any(String) });
      expect([SESSION_ENDED, NOT_ALLOWED, PASSWORD_CHANGE_REQUIRED]).not.toContain((result as { error: string }).error);
    } else {
      const refusals = { sessionEnded: SESSION_ENDED, notAllowed: NOT_ALLOWED, passwordChangeRequired: PASSWORD_CHANGE_REQUIRED };
      expect(result).toEqual({ ok: false, error: refusals[verdict] });
    }
    expect(await fingerprint()).toBe(before);
  });
});
