/**
 * Objects our hand-written migration SQL adds that the Prisma schema cannot describe: SQLite's
 * FTS5 search index and its shadow tables. The schema engine is told to leave them be.
 * (PostgreSQL's trigram index is described in the derived schema, so it needs no entry.)
 */
import type { DbProvider } from '../provider';

const SQLITE_EXTERNAL_TABLES = [
  'customer_search',
  'customer_search_data',
  'customer_search_idx',
  'customer_search_content',
  'customer_search_docsize',
  'customer_search_config',
];

export function schemaFilters(provider: DbProvider) {
  return { externalTables: provider === 'sqlite' ? SQLITE_EXTERNAL_TABLES : [], externalEnums: [] };
}
