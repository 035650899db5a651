/**
 * The README's first command, minus `npm ci` and the build (the e2e build stands in for it):
 * `npm run setup` migrates, creates the first users and prints their passwords once (to be changed
 * at first sign-in), mirrors demo customers with a real sync and adds groups; `npm start` serves them, runs a first demo sync,
 * and refuses to start without a build or a database it can migrate.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDb } from '@/lib/db/client';
import { changeOwnPassword } from '@/lib/users/change-own-password';
import { signInOverHttp } from '../support/e2e-session';

const dir = mkdtempSync(path.join(os.tmpdir(), 'customer-hub-setup-'));
const databaseUrl = `file:${path.join(dir, 'hub.db')}`;
const db = createDb(databaseUrl);

// A clean environment: no upstream configured (demo mode), no admin given, this test's database.
const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, SETUP_SKIP_BUILD: '1', NEXTAUTH_SECRET: 'setup-test-secret', LOG_LEVEL: 'info' };
for (const name of Object.keys(env)) if (/^(MAYAR_|CUSTOMERS_API_|ADMIN_)|^NEXT_DIST_DIR$/.test(name)) delete env[name];

const script = (name: string) => [process.execPath, ['--import', 'tsx', '--conditions=react-server', `scripts/${name}.ts`]] as const;

function runScript(name: string, extraEnv: Record<string, string> = {}) {
  const [node, args] = script(name);
  return spawnSync(node, args, { env: { ...env, ...extraEnv }, encoding: 'utf8', timeout: 120_000 });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

afterAll(async () => {
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

let adminPassword = '';

describe('npm run setup', () => {
  it('migrates, prints the first users once, and mirrors demo customers with a real sync', async () => {
    const result = runScript('setup');
    expect(result.status, result.stderr).toBe(0);
    const admin = /ADMIN\s+admin@customer-hub\.local\s+password: (\S+)/.exec(result.stdout);
    expect(admin, result.stdout).not.toBeNull();
    expect(result.stdout).toMatch(/STAFF\s+staff@customer-hub\.local\s+password: \S+/);
    expect(result.stdout).toContain('only let you in to choose your own');
    adminPassword = admin![1]!;

    expect(await db.user.count()).toBe(2);
    // Printed passwords are someone else's choice: both users must choose their own at first sign-in.
    expect(await db.user.findMany({ select: { mustChangePassword: true } })).toEqual([{ mustChangePassword: true }, { mustChangePassword: true }]);
    const runs = await db.syncRun.findMany({ orderBy: { id: 'asc' } });
    expect(runs.map((run) => [run.source, run.mode, run.status, run.trigger])).toEqual([
      ['MAYAR', 'FULL', 'SUCCEEDED', 'setup'],
      ['CUSTOMER_SERVICE', 'FULL', 'SUCCEEDED', 'setup'],
    ]);
    const customers = await db.customer.count();
    expect(customers).toBe(runs[0]!.createdCount + runs[1]!.createdCount);
    expect(customers).toBeGreaterThanOrEqual(300);
    expect(await db.customerGroup.count()).toBeGreaterThan(0);
    // The passwords are printed, never stored: only argon2id hashes are in the database.
    const hashes = await db.user.findMany({ select: { passwordHash: true } });
    for (const { passwordHash } of hashes) expect(passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('run again, changes nothing and prints no password', async () => {
    const before = await db.customer.count();
    const result = runScript('setup');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).not.toMatch(/password: /);
    expect(result.stdout).toContain('Users already exist');
    expect(await db.customer.count()).toBe(before);
    expect(await db.syncRun.count()).toBe(2);
  });
});

describe('npm start', () => {
  it('serves the portal, syncs from the demo upstreams at once, and stops on SIGTERM', async () => {
    const port = await freePort();
    const [node, args] = script('start');
    const child = spawn(node, args, { env: { ...env, PORT: String(port), NEXT_DIST_DIR: inject('e2eDistDir') }, stdio: 'pipe' });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const baseUrl = `http://127.0.0.1:${port}`;
      await expect
        .poll(async () => (await fetch(`${baseUrl}/api/health`).catch(() => null))?.status, { timeout: 60_000, interval: 250 })
        .toBe(200);
      await expect.poll(() => db.syncRun.count({ where: { trigger: 'setup', status: 'SUCCEEDED' } }), { timeout: 30_000 }).toBe(4);
      expect(output).toContain('Demo mode');

      // The printed password signs in, to a session that may only change it.
      const first = await signInOverHttp(baseUrl, 'admin@customer-hub.local', adminPassword);
      const refused = await fetch(`${baseUrl}/api/customers?limit=1`, { headers: { cookie: first.cookie } });
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ code: 'password_change_required' });
      const admin = await db.user.findUniqueOrThrow({ where: { email: 'admin@customer-hub.local' } });
      const own = { actor: { id: admin.id, email: admin.email }, ip: null };
      expect(await changeOwnPassword(db, admin.id, { currentPassword: adminPassword, newPassword: 'the-admins-own-password' }, own)).toEqual({ ok: true });

      const { cookie } = await signInOverHttp(baseUrl, 'admin@customer-hub.local', 'the-admins-own-password');
      const list = await fetch(`${baseUrl}/api/customers?limit=1`, { headers: { cookie } });
      expect(list.status).toBe(200);
      expect((await list.json()).count).toBe(await db.customer.count({ where: { deletedAt: null } }));
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).not.toBeNull();
  });

  it('refuses to start without a build, saying what to run', () => {
    const result = runScript('start', { NEXT_DIST_DIR: path.join(dir, 'no-build') });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('npm run setup');
  });

  it('refuses to start when the database cannot be migrated, saying why', () => {
    const result = runScript('start', { NEXT_DIST_DIR: inject('e2eDistDir'), DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/nowhere' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Refusing to start: migrating postgresql .* failed/);
  });
});
