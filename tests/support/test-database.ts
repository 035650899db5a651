/**
 * A fresh, migrated database for one test file, on the provider of the running vitest project
 * (`sqlite` or `postgresql`). Usage:
 *
 *   const database = await createTestDatabase();   // in beforeAll
 *   database.db.customer.findMany(...)
 *   await database.drop();                         // in afterAll
 */
import { copyFileSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { createDb, type Db } from '@/lib/db/client';
import { providerOf, sqliteFilePath, type DbProvider } from '@/lib/db/provider';
import { copyPostgresDatabase, dropPostgresDatabase, withDatabaseName } from './postgres-admin';

export interface TestDatabase {
  provider: DbProvider;
  url: string;
  db: Db;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const templateUrl = inject('templateUrl');
  const suffix = randomUUID().slice(0, 8);
  const provider = providerOf(templateUrl);
  let url: string;
  if (provider === 'sqlite') {
    const template = sqliteFilePath(templateUrl);
    const file = template.replace(/template\.db$/, `${suffix}.db`);
    copyFileSync(template, file);
    url = `file:${file}`;
  } else {
    url = withDatabaseName(templateUrl, (name) => name.replace(/_template$/, `_${suffix}`));
    await copyPostgresDatabase(templateUrl, url);
  }
  const db = createDb(url);
  return {
    provider,
    url,
    db,
    async drop() {
      await db.$disconnect();
      if (provider === 'sqlite') {
        const file = sqliteFilePath(url);
        for (const extra of ['', '-wal', '-shm']) rmSync(file + extra, { force: true });
      } else {
        await dropPostgresDatabase(url);
      }
    },
  };
}
