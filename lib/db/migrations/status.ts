/** Which migrations a database has applied, read from Prisma's own `_prisma_migrations` table. */
import type { Db } from '../client';
import type { DbProvider } from '../provider';
import { migrationNames } from './files';

export interface MigrationStatus {
  applied: string[];
  pending: string[];
  failed: string[];
}

interface MigrationRow {
  migration_name: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

export async function readMigrationStatus(db: Db, provider: DbProvider, root?: string): Promise<MigrationStatus> {
  const rows = await db
    .$queryRawUnsafe<MigrationRow[]>('SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations')
    .catch((error: unknown) => {
      // A database that was never migrated has no table yet: everything is pending.
      if (/_prisma_migrations/.test(String(error))) return [];
      throw error;
    });
  const live = rows.filter((row) => row.rolled_back_at === null);
  const applied = new Set(live.filter((row) => row.finished_at !== null).map((row) => row.migration_name));
  const failed = live.filter((row) => row.finished_at === null).map((row) => row.migration_name);
  return {
    applied: [...applied],
    pending: migrationNames(provider, root).filter((name) => !applied.has(name) && !failed.includes(name)),
    failed,
  };
}
