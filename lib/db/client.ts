import 'server-only';
import { PrismaClient as PostgresPrismaClient } from './generated/postgresql/client';
import { PrismaClient as SqlitePrismaClient } from './generated/sqlite/client';
import { createAdapterFactory, databaseUrl, providerOf, type DbProvider } from './provider';

/**
 * Both generated clients have the same models and methods (their schemas are one source), so
 * the SQLite client's type stands for either.
 */
export type Db = SqlitePrismaClient;

export function createDb(url: string): Db {
  const adapter = createAdapterFactory(url);
  return providerOf(url) === 'sqlite'
    ? new SqlitePrismaClient({ adapter })
    : (new PostgresPrismaClient({ adapter }) as unknown as Db);
}

// One client per process (kept on globalThis so dev-server reloads do not open new pools).
const cache = globalThis as unknown as { customerHubDb?: { url: string; db: Db } };

export function getDb(): Db {
  const url = databaseUrl();
  if (cache.customerHubDb?.url !== url) cache.customerHubDb = { url, db: createDb(url) };
  return cache.customerHubDb.db;
}

export function currentProvider(): DbProvider {
  return providerOf(databaseUrl());
}
