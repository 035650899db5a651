/**
 * prisma/postgresql/schema.prisma is derived from the SQLite source so the two can never drift:
 * same models and fields, with PostgreSQL's stronger column types where they matter.
 */
export const DERIVED_HEADER =
  '// GENERATED from prisma/sqlite/schema.prisma by `npm run db:derive`. Do not edit: edit the source.';

const DATETIME_FIELD = /^(\s+\w+\s+DateTime\??)(.*)$/;

// Substring search (`LIKE '%term%'`) stays index-backed on PostgreSQL through pg_trgm; the
// extension itself is created by the first migration. SQLite's FTS5 twin lives in migration SQL.
const CUSTOMER_TABLE_MAP = '  @@map("customers")';
const TRIGRAM_INDEX = '  @@index([searchText(ops: raw("gin_trgm_ops"))], type: Gin, map: "customers_search_trgm")';

export function derivePostgresSchema(sqliteSource: string): string {
  const lines = sqliteSource.split('\n');
  const firstNonComment = lines.findIndex((line) => !line.startsWith('//'));
  const body = lines
    .slice(firstNonComment)
    .map((line) =>
      line
        .replace('lib/db/generated/sqlite"', 'lib/db/generated/postgresql"')
        .replace('provider = "sqlite"', 'provider = "postgresql"')
        // Timestamps with a time zone: raw SQL and the server's zone can then never shift them.
        .replace(DATETIME_FIELD, (_match, field: string, rest: string) =>
          [field, rest.trim(), '@db.Timestamptz(3)'].filter(Boolean).join(' '),
        ),
    )
    .flatMap((line) => (line === CUSTOMER_TABLE_MAP ? [TRIGRAM_INDEX, line] : [line]))
    .join('\n')
    .trimStart();
  return `${DERIVED_HEADER}\n\n${body}`;
}
