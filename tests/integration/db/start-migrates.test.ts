/**
 * `npm start` applies pending migrations before anything else (scripts/start.ts calls
 * applyMigrations), or refuses to start with a clear message and never gets as far as Next.
 * The refusals run the real script as a process, from a scratch folder holding a copy of
 * prisma/ (the script reads the migrations from its working directory), so a broken migration
 * never touches the repository. Serving after applying is tested end to end in
 * tests/e2e/start-applies-pending-migration.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDb } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrations/apply';
import { PROVIDERS, migrationNames, migrationsDir, schemaPath } from '@/lib/db/migrations/files';
import { readMigrationStatus } from '@/lib/db/migrations/status';
import { previousSource } from '@/lib/db/migrations/write';
import { providerOf, redactUrl } from '@/lib/db/provider';
import { derivePostgresSchema } from '@/lib/db/schema/derive-postgres-schema';
import { dropPostgresDatabase, withDatabaseName } from '../../support/postgres-admin';
import { driftFromSchema } from '../../support/schema-drift';

const repository = process.cwd();
const provider = providerOf(inject('templateUrl'));
const scratch = mkdtempSync(path.join(os.tmpdir(), 'customer-hub-start-migrates-'));
const postgresDatabases: string[] = [];

afterAll(async () => {
  for (const url of postgresDatabases) await dropPostgresDatabase(url);
  rmSync(scratch, { recursive: true, force: true });
});

/** A database that does not exist yet (applyMigrations creates it). */
function freshDatabaseUrl(label: string): string {
  if (provider === 'sqlite') return `file:${path.join(scratch, `${label}.db`)}`;
  const url = withDatabaseName(inject('templateUrl'), (name) => name.replace(/_template$/, `_${label}_${randomUUID().slice(0, 8)}`));
  postgresDatabases.push(url);
  return url;
}

/** A folder with a copy of the repository's prisma/, changed by `edit`, to run from. */
function checkoutWith(label: string, edit: (root: string) => void = () => {}): string {
  const root = path.join(scratch, label);
  mkdirSync(path.join(root, 'prisma'), { recursive: true });
  for (const each of PROVIDERS) cpSync(path.dirname(migrationsDir(each)), path.dirname(migrationsDir(each, root)), { recursive: true });
  edit(root);
  return root;
}

// What start.ts checks for before it migrates. Were it ever to start Next on it, Next would fail loudly.
const fakeBuild = path.join(scratch, 'fake-build');
mkdirSync(fakeBuild);
writeFileSync(path.join(fakeBuild, 'BUILD_ID'), 'not-a-real-build');

const tsx = createRequire(import.meta.url).resolve('tsx');

/** `npm start`, run from `cwd`, with no upstream configured (it would print "Demo mode" after migrating). */
function npmStart(cwd: string, databaseUrl: string) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXT_DIST_DIR: fakeBuild,
    PORT: '0',
    TSX_TSCONFIG_PATH: path.join(repository, 'tsconfig.json'),
  };
  for (const name of Object.keys(env)) if (/^(MAYAR_|CUSTOMERS_API_)/.test(name)) delete env[name];
  const result = spawnSync(process.execPath, ['--import', tsx, '--conditions=react-server', path.join(repository, 'scripts/start.ts')], {
    cwd,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const BROKEN = '20991231000000_broken';

/** The repository's migrations plus one whose SQL fails on both databases. */
const withBrokenMigration = (root: string) => {
  for (const each of PROVIDERS) {
    const dir = path.join(migrationsDir(each, root), BROKEN);
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'migration.sql'), 'ALTER TABLE "no_such_table" ADD COLUMN "x" TEXT;\n');
  }
};

describe(`npm start's migration step on ${provider}`, () => {
  it('applies a migration the database does not have yet', async () => {
    const names = migrationNames(provider);
    const newest = names.at(-1)!;
    const url = freshDatabaseUrl('pending');
    // The database as a deployment before the newest migration left it.
    const before = checkoutWith('before-newest', (root) => {
      for (const each of PROVIDERS) rmSync(path.join(migrationsDir(each, root), newest), { recursive: true });
    });
    expect((await applyMigrations(url, before)).applied).toEqual(names.slice(0, -1));
    let db = createDb(url);
    expect((await readMigrationStatus(db, provider)).pending).toEqual([newest]);
    await db.$disconnect();

    expect((await applyMigrations(url)).applied).toEqual([newest]);

    db = createDb(url);
    try {
      expect(await readMigrationStatus(db, provider)).toEqual({ applied: names, pending: [], failed: [] });
    } finally {
      await db.$disconnect();
    }
    // Applied completely: the database is what the newest migration's schema describes.
    const source = previousSource()!;
    const schema = { path: schemaPath(provider), content: provider === 'sqlite' ? source : derivePostgresSchema(source) };
    expect(await driftFromSchema(url, schema)).toBe('');
  });

  it('refuses to start on a migration that fails, naming it and the reason, without starting Next', async () => {
    const url = freshDatabaseUrl('broken');
    const checkout = checkoutWith('broken', withBrokenMigration);

    const result = npmStart(checkout, url);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toContain(`Refusing to start: migrating ${provider} ${redactUrl(url)} failed.`);
    expect(result.stderr).toContain(BROKEN);
    expect(result.stderr).toMatch(/no_such_table/i);
    // Nothing after the migration step ran: no demo upstreams, no Next (whose banner and errors go to stdout).
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(/Demo mode|Next\.js|production build/);

    // The migrations before it were applied and the broken one is recorded as failed...
    const db = createDb(url);
    try {
      expect(await readMigrationStatus(db, provider, checkout)).toEqual({ applied: migrationNames(provider), pending: [], failed: [BROKEN] });
    } finally {
      await db.$disconnect();
    }
    // ...so the next start refuses too, naming it, rather than serving a half-migrated database.
    const again = npmStart(checkout, url);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`Refusing to start: migrating ${provider} ${redactUrl(url)} failed.`);
    expect(again.stderr).toContain(BROKEN);
    expect(again.stdout).toBe('');
  });

  it('refuses to start on a database it cannot reach, without starting Next', () => {
    const unreachable =
      provider === 'sqlite'
        ? `file:${path.join(scratch, 'fake-build', 'BUILD_ID', 'hub.db')}` // under a file, not a folder
        : 'postgresql://nobody@127.0.0.1:1/customer_hub'; // nothing listens on port 1
    const result = npmStart(checkoutWith('unreachable'), unreachable);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Refusing to start: migrating ${provider} ${redactUrl(unreachable)} failed.`);
    expect(result.stderr).toMatch(provider === 'sqlite' ? /EEXIST|ENOTDIR/ : /ECONNREFUSED/);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(/Demo mode|Next\.js|production build/);
  });
});
