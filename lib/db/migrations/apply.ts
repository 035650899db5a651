/** Applies pending migrations with the Wasm schema engine, recording them in `_prisma_migrations`. */
import { createDb } from '../client';
import { createAdapterFactory, prepareDatabase, providerOf, type DbProvider } from '../provider';
import { schemaFilters } from './external-tables';
import { readMigrationsList, readSchema } from './files';
import { startSchemaEngine } from './schema-engine';
import { readMigrationStatus } from './status';

export interface ApplyResult {
  applied: string[];
}

/**
 * The engine is started only when there is something to apply (or a failed migration for it to
 * report): on SQLite it locks the whole file, so with nothing pending a restart must not contend
 * with a portal or sync that has the database open.
 */
export async function applyMigrations(url: string, root?: string): Promise<ApplyResult> {
  const provider = providerOf(url);
  await prepareDatabase(url);
  if (!(await hasWork(url, provider, root))) return { applied: [] };
  const { engine, close } = await startSchemaEngine(createAdapterFactory(url), readSchema(provider, root));
  try {
    const output = await engine.applyMigrations({
      migrationsList: readMigrationsList(provider, root),
      filters: schemaFilters(provider),
    });
    return { applied: (output as unknown as { appliedMigrationNames: string[] }).appliedMigrationNames };
  } catch (error) {
    throw explain(error);
  } finally {
    await close();
  }
}

async function hasWork(url: string, provider: DbProvider, root?: string): Promise<boolean> {
  const db = createDb(url);
  try {
    const { pending, failed } = await readMigrationStatus(db, provider, root);
    return pending.length > 0 || failed.length > 0;
  } finally {
    await db.$disconnect();
  }
}

// The engine reports SQLite's "database is locked" as an unknown `SocketTimeout` variant.
function explain(error: unknown): unknown {
  if (!String(error).includes('SocketTimeout')) return error;
  return new Error(
    'The database is busy: another process (a running portal or sync?) has it open, and migrating needs it alone. Stop it and try again.',
    { cause: error },
  );
}
