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
  let output: unknown;
  let failure: { error: unknown } | undefined;
  try {
    output = await engine.applyMigrations({
      migrationsList: readMigrationsList(provider, root),
      filters: schemaFilters(provider),
    });
  } catch (error) {
    failure = { error };
  } finally {
    await close();
  }
  if (failure) throw await explain(failure.error, url, provider, root);
  return { applied: (output as { appliedMigrationNames: string[] }).appliedMigrationNames };
}

async function hasWork(url: string, provider: DbProvider, root?: string): Promise<boolean> {
  const { pending, failed } = await statusOf(url, provider, root);
  return pending.length > 0 || failed.length > 0;
}

async function statusOf(url: string, provider: DbProvider, root?: string) {
  const db = createDb(url);
  try {
    return await readMigrationStatus(db, provider, root);
  } finally {
    await db.$disconnect();
  }
}

async function explain(error: unknown, url: string, provider: DbProvider, root?: string): Promise<unknown> {
  // The engine reports SQLite's "database is locked" as an unknown `SocketTimeout` variant.
  if (String(error).includes('SocketTimeout')) {
    return new Error(
      'The database is busy: another process (a running portal or sync?) has it open, and migrating needs it alone. Stop it and try again.',
      { cause: error },
    );
  }
  // A migration whose SQL fails is recorded as failed, but the engine's error does not always
  // name it (SQLite's errors arrive without the migration): name it from the record.
  const failed = await statusOf(url, provider, root).then(
    (status) => status.failed,
    () => [],
  );
  const unnamed = failed.filter((name) => !String(error).includes(name));
  if (unnamed.length === 0) return error;
  return new Error(`Migration ${unnamed.join(', ')} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}
