/**
 * "Does this database match that schema?" — the schema engine introspects the database and
 * diffs it against the datamodel; an empty script means no drift. The same check on both
 * providers.
 *
 * PostgreSQL needs one shim, for introspection only: the engine's catalog queries return
 * columns of PostgreSQL's internal one-byte `"char"` type (pg_constraint.contype,
 * confdeltype, confupdtype), which @prisma/adapter-pg 7.10 cannot map
 * ("Column type 'char' could not be deserialized from the database"). pg returns their values
 * as one-letter strings, so they are handed to the adapter as `text`, which is what they are.
 * The app never introspects (migrations only apply SQL), so only tests need this.
 */
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { schemaFilters } from '@/lib/db/migrations/external-tables';
import { startSchemaEngine, type EngineSchemaFile } from '@/lib/db/migrations/schema-engine';
import { createAdapterFactory, providerOf } from '@/lib/db/provider';

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type Query = (...args: unknown[]) => unknown;

/** Wraps the promise form of `query` (the adapter's); the callback form (pg's own) passes through. */
function charColumnsAsText(queryable: pg.Pool | pg.PoolClient) {
  const query = queryable.query.bind(queryable) as Query;
  (queryable as unknown as { query: Query }).query = (...args) => {
    if (typeof args.at(-1) === 'function') return query(...args);
    return (query(...args) as Promise<pg.QueryResult>).then((result) => {
      for (const field of result.fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
      return result;
    });
  };
}

/** An adapter factory whose connections the schema engine can introspect. */
export function introspectionAdapterFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  if (providerOf(url) === 'sqlite') return createAdapterFactory(url);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  charColumnsAsText(pool);
  pool.on('connect', charColumnsAsText);
  return new PrismaPg(pool, { disposeExternalPool: true });
}

const withoutComments = (sql: string) => sql.replace(/--.*$/gm, '').trim();

/**
 * The SQL that would make the database at `url` match `schema` ('' when it already does),
 * leaving out objects the schema cannot describe (SQLite's FTS5 tables, see external-tables.ts).
 */
export async function driftFromSchema(url: string, schema: EngineSchemaFile): Promise<string> {
  const { engine, close } = await startSchemaEngine(introspectionAdapterFactory(url), schema);
  try {
    const { stdout } = await engine.diff({
      from: { tag: 'schemaDatasource', files: [schema], configDir: process.cwd() },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: null,
      filters: schemaFilters(providerOf(url)),
    });
    return withoutComments(stdout ?? '');
  } finally {
    await close();
  }
}
