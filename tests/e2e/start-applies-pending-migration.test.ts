/**
 * `npm start` on a database one migration behind the repository (a deployment after `git pull`):
 * it applies the pending migration first, and only then serves — the first answer the portal
 * gives already reports every migration applied. On SQLite, and on PostgreSQL when
 * TEST_POSTGRES_URL is set. (The refusals are in tests/integration/db/start-migrates.test.ts.)
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDb } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrations/apply';
import { PROVIDERS, migrationNames, migrationsDir } from '@/lib/db/migrations/files';
import { readMigrationStatus } from '@/lib/db/migrations/status';
import { providerOf, sqliteFilePath, type DbProvider } from '@/lib/db/provider';
import type { Health } from '@/lib/health/check-health';
import { dropPostgresDatabase, withDatabaseName } from '../support/postgres-admin';

const dir = mkdtempSync(path.join(os.tmpdir(), 'customer-hub-start-pending-'));
const postgresUrl = process.env.TEST_POSTGRES_URL;
const databases: Record<DbProvider, string | undefined> = {
  sqlite: `file:${path.join(dir, 'hub.db')}`,
  postgresql: postgresUrl && withDatabaseName(postgresUrl, (name) => `${name}_start_pending_${randomUUID().slice(0, 8)}`),
};

afterAll(async () => {
  if (databases.postgresql) await dropPostgresDatabase(databases.postgresql);
  rmSync(dir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Holds off every migration of the database at `url` for `ms`: a write transaction on SQLite
 * (the migration waits out its busy timeout), a lock on `_prisma_migrations` on PostgreSQL
 * (the engine records each migration there before applying it). `released` says when it let go.
 */
async function holdMigrations(url: string, ms: number): Promise<{ released: Promise<number> }> {
  const wait = () => new Promise((resolve) => setTimeout(resolve, ms));
  if (providerOf(url) === 'sqlite') {
    const db = new Database(sqliteFilePath(url));
    db.exec('BEGIN IMMEDIATE');
    const released = wait().then(() => {
      db.exec('COMMIT');
      db.close();
      return Date.now();
    });
    return { released };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('BEGIN');
  await client.query('LOCK TABLE "_prisma_migrations" IN EXCLUSIVE MODE');
  const released = wait().then(async () => {
    await client.query('COMMIT');
    await client.end();
    return Date.now();
  });
  return { released };
}

/** Migrates `url` with every migration of the repository but the newest; returns that one. */
async function oneMigrationBehind(url: string): Promise<string> {
  const provider = providerOf(url);
  const newest = migrationNames(provider).at(-1)!;
  const root = path.join(dir, `checkout-${provider}`);
  mkdirSync(path.join(root, 'prisma'), { recursive: true });
  for (const each of PROVIDERS) cpSync(path.dirname(migrationsDir(each)), path.dirname(migrationsDir(each, root)), { recursive: true });
  for (const each of PROVIDERS) rmSync(path.join(migrationsDir(each, root), newest), { recursive: true });
  await applyMigrations(url, root);
  return newest;
}

async function appliesItBeforeServing(provider: DbProvider) {
  const url = databases[provider]!;
  const newest = await oneMigrationBehind(url);
  const db = createDb(url);
  try {
    expect((await readMigrationStatus(db, provider)).pending).toEqual([newest]);
  } finally {
    await db.$disconnect();
  }

  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    PORT: String(port),
    NEXT_DIST_DIR: inject('e2eDistDir'),
    NEXTAUTH_SECRET: 'start-pending-test-secret',
    // An upstream is configured (never called: no schedule), so no demo fakes or first sync run.
    MAYAR_API_KEY: 'not-used',
    MAYAR_API_BASE_URL: 'http://127.0.0.1:9',
    SYNC_INTERVAL_MINUTES: '0',
  };
  for (const name of Object.keys(env)) if (/^(CUSTOMERS_API_|ADMIN_)/.test(name)) delete env[name];
  // The migration cannot finish for a few seconds: long enough for Next to be up, were it started first.
  const { released } = await holdMigrations(url, 5_000);
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'scripts/start.ts'], { env, stdio: 'pipe' });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));

  // The first answer the portal gives, as soon as its port opens.
  let first: { at: number; status: number; body: Health } | undefined;
  try {
    const deadline = Date.now() + 90_000;
    while (!first && child.exitCode === null && Date.now() < deadline) {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
      if (response) first = { at: Date.now(), status: response.status, body: (await response.json()) as Health };
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    child.kill('SIGTERM');
  }
  await exited;
  const releasedAt = await released;

  expect(first, output).toBeDefined();
  // Nothing answered while the migration was held off.
  expect(first!.at).toBeGreaterThan(releasedAt);
  expect(first!.body.database).toMatchObject({
    provider,
    reachable: true,
    migrations: { applied: migrationNames(provider).length, pending: [], failed: [] },
  });
  expect(first!.status).toBe(200);
  const applied = output.indexOf(`Applied 1 migration(s): ${newest}`);
  expect(applied, output).toBeGreaterThanOrEqual(0);
  // Next's own banner comes after the migration was applied.
  expect(output.indexOf('Next.js'), output).toBeGreaterThan(applied);
}

describe('npm start on a database with a pending migration', () => {
  it('applies it before serving (sqlite)', () => appliesItBeforeServing('sqlite'));
  it.runIf(postgresUrl)('applies it before serving (postgresql)', () => appliesItBeforeServing('postgresql'));
});
