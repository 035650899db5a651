/**
 * A fresh benchmark database: created (or emptied), migrated like production, filled with
 * generated customers, plus one admin with an API token for the load generator. With `reuse`,
 * a database that already holds exactly `count` customers is kept as it is.
 */
import { rmSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import pg from 'pg';
import { createDb } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrations/apply';
import { providerOf, sqliteFilePath } from '@/lib/db/provider';
import { createApiToken } from '@/lib/tokens/create-api-token';
import { loadPostgres, loadSqlite } from './load-customers';

async function dropDatabase(url: string): Promise<void> {
  if (providerOf(url) === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm']) rmSync(sqliteFilePath(url) + suffix, { force: true });
    return;
  }
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  target.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: target.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

async function customerCount(url: string): Promise<number> {
  const db = createDb(url);
  try {
    return await db.customer.count();
  } catch {
    return -1;
  } finally {
    await db.$disconnect();
  }
}

export async function prepareDatabase(url: string, count: number, options: { reuse: boolean; now: Date }): Promise<string> {
  if (!(options.reuse && (await customerCount(url)) === count)) {
    await dropDatabase(url);
    await applyMigrations(url);
    const bar = new SingleBar({ format: `  loading ${providerOf(url)} {bar} {value}/{total} customers, {duration}s` });
    bar.start(count, 0);
    if (providerOf(url) === 'sqlite') loadSqlite(url, count, options.now, (done) => bar.update(done));
    else await loadPostgres(url, count, options.now, (done) => bar.update(done));
    bar.stop();
  }
  const db = createDb(url);
  try {
    const email = 'bench@customer-hub.test';
    const user =
      (await db.user.findUnique({ where: { email } })) ??
      (await db.user.create({ data: { email, name: 'Benchmark', passwordHash: 'not-for-signing-in', role: 'ADMIN' } }));
    return (await createApiToken(db, { userId: user.id, label: 'bench-api' }, { actor: user, ip: null })).key;
  } finally {
    await db.$disconnect();
  }
}
