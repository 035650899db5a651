/**
 * A real `next start` of the e2e build on a free port, against a fresh migrated SQLite database
 * with known users. One per test file:
 *
 *   const server = await startE2eServer();        // beforeAll
 *   await fetch(`${server.baseUrl}/api/me`, …); server.db.customer.create(…)
 *   await server.stop();                          // afterAll
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { createDb, type Db } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrations/apply';
import { createUser } from '@/lib/users/create-user';
import { SYSTEM_CHANGE } from '@/lib/users/user-audit';

export interface E2eUser {
  id: number;
  email: string;
  password: string;
  name: string;
  role: 'STAFF' | 'ADMIN';
}

export interface E2eServer {
  baseUrl: string;
  /** The server's database, for seeding and assertions. */
  db: Db;
  /** Its URL, for running the CLI scripts against the same database. */
  databaseUrl: string;
  users: { staff: E2eUser; admin: E2eUser };
  /** The server's output so far (for failure messages). */
  logs(): string;
  stop(): Promise<void>;
}

export const E2E_PASSWORD = 'e2e-password-1234';

export async function startE2eServer(options: { env?: Record<string, string> } = {}): Promise<E2eServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'customer-hub-e2e-'));
  const databaseUrl = `file:${path.join(dir, 'e2e.db')}`;
  await applyMigrations(databaseUrl);
  const db = createDb(databaseUrl);
  const users = {
    staff: await addUser(db, { email: 'staff@e2e.test', name: 'Sam Staff', role: 'STAFF' }),
    admin: await addUser(db, { email: 'admin@e2e.test', name: 'Ada Admin', role: 'ADMIN' }),
  };

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_DIST_DIR: inject('e2eDistDir'),
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));

  const stop = async () => {
    await stopProcess(child);
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(baseUrl, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, db, databaseUrl, users, logs: () => output, stop };
}

/** A user with a known password; `mustChangePassword` (default false) as if someone else had chosen it. */
export async function addUser(
  db: Db,
  user: Omit<E2eUser, 'id' | 'password'> & { password?: string; mustChangePassword?: boolean },
): Promise<E2eUser> {
  const { mustChangePassword = false, ...fields } = user;
  const password = user.password ?? E2E_PASSWORD;
  const created = await createUser(db, { ...fields, password, mustChangePassword }, SYSTEM_CHANGE);
  if (!created.ok) throw new Error(`could not create ${user.email}: ${created.error}`);
  return { ...fields, password, id: created.user.id };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, logs: () => string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${logs()}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`next start did not become healthy within ${timeoutMs} ms:\n${logs()}`);
}

async function stopProcess(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
