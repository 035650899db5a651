import 'server-only';
import packageJson from '@/package.json';
import { getDb, currentProvider } from '@/lib/db/client';
import { readMigrationStatus, type MigrationStatus } from '@/lib/db/migrations/status';
import { logger } from '@/lib/log/logger';

export interface Health {
  status: 'ok' | 'unavailable';
  version: string;
  database: {
    provider: string;
    reachable: boolean;
    error?: string;
    migrations?: { applied: number; pending: string[]; failed: string[] };
  };
}

/** Healthy means: the database answers and every migration in the repository is applied. */
export async function checkHealth(): Promise<Health> {
  const provider = currentProvider();
  const base = { version: packageJson.version };
  let migrations: MigrationStatus;
  try {
    const db = getDb();
    await db.$queryRawUnsafe('SELECT 1');
    migrations = await readMigrationStatus(db, provider);
  } catch (error) {
    logger.error('health: database check failed', { error });
    return { ...base, status: 'unavailable', database: { provider, reachable: false, error: 'database unreachable' } };
  }
  const ready = migrations.pending.length === 0 && migrations.failed.length === 0;
  return {
    ...base,
    status: ready ? 'ok' : 'unavailable',
    database: {
      provider,
      reachable: true,
      migrations: { applied: migrations.applied.length, pending: migrations.pending, failed: migrations.failed },
    },
  };
}
