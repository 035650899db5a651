/**
 * Signing in, role-specific navigation, 404 for staff on admin pages, API tokens, and passwords
 * someone else chose (changed at first sign-in), in Chromium.
 * Each test makes the state it looks at, so any one of them can run alone or in any order.
 */
import { spawnSync } from 'node:child_process';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { sessionStamp } from '@/lib/auth/session-user';
import { createApiToken } from '@/lib/tokens/create-api-token';
import { revokeApiToken } from '@/lib/tokens/revoke-api-token';
import { launchBrowser, signInWithBrowser } from '../support/e2e-browser';
import { addUser, startE2eServer, type E2eServer } from '../support/e2e-server';
import { postCredentials, signInOverHttp } from '../support/e2e-session';

let server: E2eServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  // As behind one reverse proxy, which appends the address it was connected from; a direct
  // request gets the socket address from `next start` itself.
  [server, browser] = await Promise.all([startE2eServer({ env: { TRUSTED_PROXY_HOPS: '1' } }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});
beforeEach(async () => {
  context = await browser.newContext({ baseURL: server.baseUrl });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl });
  page = await context.newPage();
});
afterEach(() => context.close());

const navLinks = async () => page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
const callApi = (path: string, key: string) => fetch(`${server.baseUrl}${path}`, { headers: { Authorization: `Token ${key}` } });
/** The change-password page, on the way back to `callbackUrl`. */
const atChangePassword = (callbackUrl: string) => (url: URL) =>
  url.pathname === '/account/password' && url.searchParams.get('callbackUrl') === callbackUrl;

describe('signing in', () => {
  it('refuses a wrong password with the generic message and stays on /login', async () => {
    await page.goto('/login');
    await page.getByLabel('Email').fill(server.users.staff.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Invalid email or password.' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('sends a signed-out visitor to /login and back to the page after signing in', async () => {
    await page.goto('/account/password');
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.getByLabel('Email').fill(server.users.staff.email);
    await page.getByLabel('Password').fill(server.users.staff.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/account/password');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Change password');
  });

  it('tells the browser who is signed in, but not the password stamp the session is checked against', async () => {
    const { staff } = server.users;
    const { cookie } = await signInOverHttp(server.baseUrl, staff.email, staff.password);
    const response = await fetch(`${server.baseUrl}/api/auth/session`, { headers: { cookie } });
    const body = await response.json();
    expect(body).toEqual({ expires: expect.any(String), user: { id: staff.id, email: staff.email, name: staff.name, role: 'STAFF' } });
    const { passwordHash } = await server.db.user.findUniqueOrThrow({ where: { id: staff.id } });
    expect(JSON.stringify(body)).not.toContain(sessionStamp(passwordHash));
    // The stamp still travels in the cookie, where the server checks it.
    expect((await fetch(`${server.baseUrl}/api/me`, { headers: { cookie } })).status).toBe(200);
  });

  it('ignores a callbackUrl pointing to another site', async () => {
    await signInWithBrowser(page, server.baseUrl, server.users.staff, '//evil.example/steal');
    const url = new URL(page.url());
    expect(url.origin).toBe(server.baseUrl);
    expect(url.pathname).toBe('/customers');
  });
});

describe('staff', () => {
  it('sees only Customers in the navigation, and gets 404 on admin pages', async () => {
    await signInWithBrowser(page, server.baseUrl, server.users.staff, '/account/tokens');
    expect(await navLinks()).toEqual(['Customers']);
    await expect.poll(() => page.getByTestId('user-menu').textContent()).toContain('Staff');
    for (const path of ['/users', '/audit', '/tokens']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    }
  });

  it('creates a token, uses it against the API, revokes it, and is refused afterwards', async () => {
    await signInWithBrowser(page, server.baseUrl, server.users.staff, '/account/tokens');
    await page.getByLabel('Label').fill('e2e script');
    await page.getByRole('button', { name: 'Create token' }).click();
    const key = await page.getByTestId('revealed-secret').inputValue();
    expect(key).toMatch(/^chub_[A-Za-z0-9_-]{40}$/);
    await page.getByRole('button', { name: 'Copy' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);

    const me = await callApi('/api/me', key);
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ email: server.users.staff.email, role: 'STAFF', authenticated_via: 'token' });
    const customers = await callApi('/api/customers', key);
    expect(customers.status).toBe(200);
    expect(await customers.json()).toMatchObject({ count: expect.any(Number), results: expect.any(Array) });

    await page.reload();
    const row = page.getByTestId('token-row').filter({ hasText: 'e2e script' });
    expect(await row.textContent()).toContain(key.slice(0, 11));
    expect(await page.content()).not.toContain(key);
    await row.getByRole('button', { name: /Revoke/ }).click();
    await page.getByRole('button', { name: 'Revoke token' }).click();
    await expect.poll(() => row.textContent()).toContain('Revoked');

    for (const path of ['/api/me', '/api/customers']) {
      const refused = await callApi(path, key);
      expect(refused.status, path).toBe(401);
      expect(refused.headers.get('www-authenticate')).toBe('Token');
      expect(await refused.json()).toEqual({ detail: 'Invalid token.' });
    }
  });

  it('signs out from the user menu', async () => {
    await signInWithBrowser(page, server.baseUrl, server.users.staff, '/account/tokens');
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL('**/login');
    await page.goto('/account/tokens');
    expect(new URL(page.url()).pathname).toBe('/login');
    const signOut = await server.db.auditEvent.findFirst({ where: { action: 'auth.sign_out', actorId: server.users.staff.id } });
    expect(signOut?.ip).toBeTruthy();
  });
});

describe('admin', () => {
  it('sees the admin navigation, the users list and the audit log, with client IPs as the proxy saw them', async () => {
    const { staff, admin } = server.users;
    // A failed sign-in through the proxy: the client wrote the first entry, the proxy appended the second.
    const failed = await postCredentials(server.baseUrl, staff.email, 'not-the-password', { 'x-forwarded-for': '10.66.66.66, 203.0.113.50' });
    expect(failed.status).toBe(401);
    const token = await createApiToken(server.db, { userId: staff.id, label: 'audited' }, { actor: staff, ip: '198.51.100.23' });
    expect(await revokeApiToken(server.db, { tokenId: token.id, ownerId: null }, { actor: admin, ip: '198.51.100.24' })).toEqual({ ok: true });

    await signInWithBrowser(page, server.baseUrl, admin, '/users');
    expect(await navLinks()).toEqual(['Customers', 'Filters', 'Sync', 'Users', 'Audit']);
    await expect.poll(() => page.getByTestId('user-menu').textContent()).toContain('Admin');
    expect(await page.getByTestId('user-row').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining(server.users.staff.email), expect.stringContaining(server.users.admin.email)]),
    );

    await page.getByRole('link', { name: 'Audit' }).click();
    await page.waitForURL('**/audit');
    const rows = await page.getByTestId('audit-row').allTextContents();
    const row = (...parts: string[]) => rows.filter((text) => parts.every((part) => text.includes(part)));
    expect(row('auth.sign_in_failed', staff.email, '203.0.113.50')).toHaveLength(1);
    expect(rows.join('\n')).not.toContain('10.66.66.66');
    expect(row('token.revoke', admin.email, `api_token ${token.id}`, '198.51.100.24')).toHaveLength(1);
    // The admin's own sign-in, made directly, has the socket address `next start` saw.
    expect(row('auth.sign_in', admin.email, '127.0.0.1').length).toBeGreaterThan(0);
  });

  it('revokes a staff member’s token on the all-tokens page, and the next API call with it is refused', async () => {
    const { staff, admin } = server.users;
    const { key } = await createApiToken(server.db, { userId: staff.id, label: 'staff laptop' }, { actor: staff, ip: null });
    expect((await callApi('/api/customers', key)).status).toBe(200);

    await signInWithBrowser(page, server.baseUrl, admin, '/tokens');
    const row = page.getByTestId('token-row').filter({ hasText: 'staff laptop' });
    expect(await row.textContent()).toContain(staff.email);
    await row.getByRole('button', { name: /Revoke/ }).click();
    await page.getByRole('button', { name: 'Revoke token' }).click();
    await expect.poll(() => row.textContent()).toContain('Revoked');

    const refused = await callApi('/api/customers', key);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ detail: 'Invalid token.' });
  });

  it('creates a user whose generated password signs in to the change-password page, and deactivating them ends their session at once', async () => {
    await signInWithBrowser(page, server.baseUrl, server.users.admin, '/users');
    await page.getByRole('button', { name: 'New user' }).click();
    await page.getByLabel('Email').fill('new.hire@e2e.test');
    await page.getByLabel('Name').fill('New Hire');
    await page.getByRole('button', { name: 'Create user' }).click();
    const password = await page.getByTestId('revealed-secret').inputValue();
    await page.getByRole('button', { name: 'Done' }).click();

    const hire = await browser.newContext({ baseURL: server.baseUrl });
    const hirePage = await hire.newPage();
    await signInWithBrowser(hirePage, server.baseUrl, { email: 'new.hire@e2e.test', password }, '/account/tokens');
    // The admin chose that password: the hire must choose their own before anything else.
    await hirePage.waitForURL(atChangePassword('/account/tokens'));
    await hirePage.getByTestId('password-change-required').waitFor();

    const row = page.getByTestId('user-row').filter({ hasText: 'new.hire@e2e.test' });
    await row.getByRole('button', { name: /Actions for/ }).click();
    await page.getByRole('menuitem', { name: 'Deactivate' }).click();
    await expect.poll(() => row.textContent()).toContain('Inactive');

    await hirePage.reload();
    expect(new URL(hirePage.url()).pathname).toBe('/login');
    await hirePage.getByLabel('Email').fill('new.hire@e2e.test');
    await hirePage.getByLabel('Password').fill(password);
    await hirePage.getByRole('button', { name: 'Sign in' }).click();
    await hirePage.getByRole('alert').filter({ hasText: 'Invalid email or password.' }).waitFor();
    await hire.close();
  });
});

describe('a password someone else chose', () => {
  /** `npm run user:create -- …` against the server's database, as an operator runs it. */
  function userCreate(...args: string[]) {
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'scripts/user-create.ts', ...args], {
      env: { ...process.env, DATABASE_URL: server.databaseUrl },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    return result.stdout;
  }

  it('from user:create, keeps its owner on the change-password page and off /customers and the API until they choose their own', async () => {
    const email = 'generated@e2e.test';
    const output = userCreate('--email', email, '--role', 'STAFF', '--name', 'Gen Erated');
    const password = /Password \(shown once\): (\S+)/.exec(output)?.[1];
    expect(password, output).toBeDefined();
    expect(output).toContain('choose their own');

    // Signing in works, but lands on the change-password page instead of /customers.
    await signInWithBrowser(page, server.baseUrl, { email, password: password! });
    await page.waitForURL(atChangePassword('/customers'));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Change password');
    await page.getByTestId('password-change-required').waitFor();
    expect(await navLinks()).toEqual([]);

    // Every portal page sends them back; a page their role may not see is still a 404.
    for (const path of ['/customers', '/customers/1', '/account/tokens']) {
      await page.goto(path);
      expect(new URL(page.url()).pathname, path).toBe('/account/password');
    }
    expect((await page.goto('/users'))?.status()).toBe(404);
    // Route handlers called with this session answer 403 and say why.
    for (const path of ['/api/customers', '/api/me']) {
      const refused = await context.request.get(path);
      expect(refused.status(), path).toBe(403);
      expect(await refused.json()).toEqual({ detail: expect.stringContaining('/account/password'), code: 'password_change_required' });
    }

    await page.goto('/account/password?callbackUrl=%2Fcustomers');
    await page.getByLabel('Current password').fill(password!);
    await page.getByLabel('New password', { exact: true }).fill('gens-own-password-42');
    await page.getByLabel('Repeat the new password').fill('gens-own-password-42');
    await page.getByRole('button', { name: 'Change password' }).click();

    // Straight on to where they were going, without signing in by hand, and everything is open.
    await page.waitForURL('**/customers');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Customers');
    expect(await navLinks()).toEqual(['Customers']);
    expect((await context.request.get('/api/customers')).status()).toBe(200);
    await page.goto('/account/tokens');
    expect(new URL(page.url()).pathname).toBe('/account/tokens');
    const user = await server.db.user.findUniqueOrThrow({ where: { email } });
    expect(user.mustChangePassword).toBe(false);
    expect(await server.db.auditEvent.count({ where: { action: 'user.password_change', actorId: user.id } })).toBe(1);
  });

  it('from an admin’s reset, is required again at the next sign-in, while a token made before keeps working', async () => {
    const member = await addUser(server.db, { email: 'reset.me@e2e.test', name: 'Reset Me', role: 'STAFF' });
    const { key } = await createApiToken(server.db, { userId: member.id, label: 'before the reset' }, { actor: member, ip: null });

    await signInWithBrowser(page, server.baseUrl, server.users.admin, '/users');
    const row = page.getByTestId('user-row').filter({ hasText: member.email });
    await row.getByRole('button', { name: /Actions for/ }).click();
    await page.getByRole('menuitem', { name: 'Reset password…' }).click();
    await page.getByRole('button', { name: 'Reset password' }).click();
    const password = await page.getByTestId('revealed-secret').inputValue();
    await page.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => row.textContent()).toContain('Must change password');

    // The token is the member's own credential, not the password the admin now knows.
    expect((await callApi('/api/customers', key)).status).toBe(200);

    const memberContext = await browser.newContext({ baseURL: server.baseUrl });
    try {
      const memberPage = await memberContext.newPage();
      await signInWithBrowser(memberPage, server.baseUrl, { email: member.email, password }, '/customers');
      await memberPage.waitForURL(atChangePassword('/customers'));
      expect((await memberContext.request.get('/api/customers')).status()).toBe(403);
    } finally {
      await memberContext.close();
    }
  });
});
