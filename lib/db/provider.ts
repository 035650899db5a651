/**
 * The one place that knows which database we are on. Everything else asks this module.
 * DATABASE_URL decides: `file:` → SQLite (better-sqlite3), `postgres(ql)://` → PostgreSQL (pg).
 */
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { parse as parsePgUrl } from 'pg-connection-string';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { announceTransactions } from './driver-transaction';

export type DbProvider = 'sqlite' | 'postgresql';

export const DEFAULT_DATABASE_URL = 'file:./data/customer-hub.db';

export class UnsupportedDatabaseUrlError extends Error {
  constructor(url: string) {
    super(
      `DATABASE_URL must start with "file:" (SQLite) or "postgres://" / "postgresql://" (PostgreSQL); got "${redactUrl(url)}"`,
    );
  }
}

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export function providerOf(url: string): DbProvider {
  if (url.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgresql';
  throw new UnsupportedDatabaseUrlError(url);
}

/** Absolute path of a SQLite `file:` URL, relative paths taken from the working directory. */
export function sqliteFilePath(url: string): string {
  const file = url.slice('file:'.length).split('?')[0] ?? '';
  // The database file is chosen at run time; it is not something the build should trace.
  return path.resolve(/* turbopackIgnore: true */ file);
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

export interface AdapterOptions {
  /** SQLite only: where `connectToShadowDb` creates its scratch database. */
  sqliteShadowUrl?: string;
}

/**
 * Settings for every SQLite connection we open (the adapter opens it with SQLite's defaults):
 * - `synchronous = NORMAL`: in WAL mode a commit is appended to the WAL without waiting for the
 *   disk; a power cut may lose the last commits, never consistency (SQLite's advice for WAL; the
 *   default FULL waits for a flush on every commit).
 * - `journal_size_limit`: the WAL file shrinks back to 64 MB after a checkpoint.
 * - `cache_size`: up to 32 MB of pages kept in memory (SQLite's default is 2 MB). A sync inserts
 *   into 25 indexes at scattered places; with the default cache those pages are read back from
 *   the file again and again (a 100,000-customer sync took a third longer; 64 MB was no faster).
 */
const SQLITE_CACHE_KIB = 32_768;
const SQLITE_CONNECTION_PRAGMAS = [
  'PRAGMA synchronous = NORMAL',
  'PRAGMA journal_size_limit = 67108864',
  `PRAGMA cache_size = -${SQLITE_CACHE_KIB}`,
] as const;

/** Bytes per page of a new SQLite file (see prepareDatabase). */
const SQLITE_PAGE_SIZE = 16_384;

export function createAdapterFactory(url: string, options: AdapterOptions = {}): SqlMigrationAwareDriverAdapterFactory {
  if (providerOf(url) === 'sqlite') {
    // `timeout` is better-sqlite3's busy timeout: writers wait for each other instead of failing.
    const factory = new PrismaBetterSqlite3(
      { url: sqliteFilePath(url), timeout: 15_000 },
      { shadowDatabaseUrl: options.sqliteShadowUrl ?? ':memory:' },
    );
    return withConnectionSetup(factory, `${SQLITE_CONNECTION_PRAGMAS.join(';\n')};`);
  }
  // Discrete fields rather than `connectionString`: the adapter's shadow database overrides
  // `database`, which a connection string would silently win over.
  return withConnectionSetup(new PrismaPg({ ...pgClientConfig(url), max: Number(process.env.DATABASE_POOL_SIZE ?? 10) }), null);
}

/**
 * Every new connection of `factory` runs `script` (if any) before anything else uses it, and
 * announces its transactions to `transactionWithDriver`.
 */
function withConnectionSetup(factory: SqlMigrationAwareDriverAdapterFactory, script: string | null): SqlMigrationAwareDriverAdapterFactory {
  const prepared = async (connection: Promise<SqlDriverAdapter>) => {
    const adapter = await connection;
    if (script) await adapter.executeScript(script);
    return announceTransactions(adapter);
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => prepared(factory.connect()),
    connectToShadowDb: () => prepared(factory.connectToShadowDb()),
  };
}

function pgClientConfig(url: string) {
  const { host, port, database, user, password, ssl, options } = parsePgUrl(url);
  return {
    host: host ?? undefined,
    port: port ? Number(port) : undefined,
    database: database ?? undefined,
    user: user ?? undefined,
    password: password ?? undefined,
    ssl: ssl ?? undefined,
    options: options ?? undefined,
  } as import('pg').ClientConfig;
}

/**
 * Makes the database ready to be migrated: SQLite gets its folder, 16 KB pages and WAL journal
 * (which lets readers carry on while a sync writes); a missing PostgreSQL database is created.
 * The page size takes only on a new, empty file: with 25 indexes on "customers", 16 KB pages
 * make a 100,000-customer first sync's SQL about 15% faster than SQLite's default 4 KB (README,
 * Benchmarks); an existing file keeps its size.
 */
export async function prepareDatabase(url: string): Promise<void> {
  if (providerOf(url) === 'sqlite') {
    const file = sqliteFilePath(url);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(path.dirname(file), { recursive: true });
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(file);
    try {
      db.pragma(`page_size = ${SQLITE_PAGE_SIZE}`);
      db.pragma('journal_mode = WAL');
    } finally {
      db.close();
    }
    return;
  }
  const { default: pg } = await import('pg');
  const database = parsePgUrl(url).database ?? 'postgres';
  const admin = new pg.Client({ ...pgClientConfig(url), database: 'postgres' });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${quotePgIdent(database)}`);
  } finally {
    await admin.end();
  }
}

export function quotePgIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
