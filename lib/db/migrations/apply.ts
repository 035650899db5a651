/** Applies pending migrations with the Wasm schema engine, recording them in `_prisma_migrations`. */
import { createAdapterFactory, prepareDatabase, providerOf } from '../provider';
import { schemaFilters } from './external-tables';
import { readMigrationsList, readSchema } from './files';
import { startSchemaEngine } from './schema-engine';

export interface ApplyResult {
  applied: string[];
}

export async function applyMigrations(url: string, root?: string): Promise<ApplyResult> {
  const provider = providerOf(url);
  await prepareDatabase(url);
  const { engine, close } = await startSchemaEngine(createAdapterFactory(url), readSchema(provider, root));
  try {
    const output = await engine.applyMigrations({
      migrationsList: readMigrationsList(provider, root),
      filters: schemaFilters(provider),
    });
    return { applied: (output as unknown as { appliedMigrationNames: string[] }).appliedMigrationNames };
  } finally {
    await close();
  }
}
