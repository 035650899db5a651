/**
 * Raw statements written once for both databases. Bulk ones take their rows as ONE JSON
 * parameter (`jsonb_each` on SQLite, `jsonb_to_recordset` on PostgreSQL): a page of any size is
 * then a short statement with a handful of parameters, quick to prepare (the SQLite adapter
 * prepares every statement afresh), far from either database's parameter limit, and with nothing
 * bound per row for the driver to hold until the statement is garbage-collected (a VALUES list
 * of bound rows upserted as fast but held ~1 MB per statement outside the JS heap).
 */
import { providerOfDb, type DbOrTransaction } from './provider-of-db';

export interface RawSqlDialect {
  /**
   * Collects a statement's parameters. `bind(value)` returns its placeholder; call it in the
   * order the placeholders appear in the SQL text (SQLite's `?` are positional).
   */
  parameters(): SqlParameters;
  /** A timestamp as a parameter value, in the form Prisma itself stores on this database. */
  timestamp(date: Date): string;
  /** A FROM item (parenthesised, alias it yourself) with one typed row per object of a JSON array parameter. */
  rows(placeholder: string, columns: JsonColumns): string;
  /** A subquery of the strings in a JSON array parameter, for `x IN (…)`. */
  texts(placeholder: string): string;
  /** `expression` is none of the strings in a JSON array parameter, in a form each planner runs as one pass. */
  notAmongTexts(expression: string, placeholder: string): string;
  /** A parameter or literal cast to a PostgreSQL enum (a plain string on SQLite). */
  enumOf(typeName: string, expression: string): string;
  /** A timestamp parameter typed as one where the database needs it (comparisons). */
  timestampOf(expression: string): string;
}

export type JsonColumnType = 'text' | 'integer' | 'boolean' | 'timestamp' | 'json';
export type JsonColumns = Readonly<Record<string, JsonColumnType>>;

export interface SqlParameters {
  bind(value: unknown): string;
  values: unknown[];
}

function collectParameters(placeholder: (n: number) => string): SqlParameters {
  const values: unknown[] = [];
  return {
    values,
    bind(value) {
      values.push(value);
      return placeholder(values.length);
    },
  };
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

const PG_TYPES: Record<JsonColumnType, string> = {
  text: 'text',
  integer: 'integer',
  boolean: 'boolean',
  timestamp: 'timestamptz(3)',
  json: 'jsonb',
};

const sqlite: RawSqlDialect = {
  parameters: () => collectParameters(() => '?'),
  // The better-sqlite3 adapter's own format, so raw writes sort and compare like Prisma's.
  timestamp: (date) => date.toISOString().replace('Z', '+00:00'),
  // jsonb_each parses the array once and hands each row on in binary form, which `->` and `->>`
  // read without parsing again: `json_extract` on json_each's text rows parsed a row once per
  // column, and 100,000 sixteen-column customers took 2.3 s to upsert rather than 1.0 s.
  rows: (placeholder, columns) => {
    const select = Object.entries(columns)
      .map(([name, type]) => `${type === 'json' ? `json(value -> '$.${name}')` : `value ->> '$.${name}'`} AS ${quote(name)}`)
      .join(', ');
    return `(SELECT ${select} FROM jsonb_each(${placeholder}))`;
  },
  texts: (placeholder) => `(SELECT value FROM json_each(${placeholder}))`,
  // SQLite builds the list's index once for NOT IN; a correlated NOT EXISTS would scan it per row.
  notAmongTexts: (expression, placeholder) => `${expression} NOT IN (SELECT value FROM json_each(${placeholder}))`,
  enumOf: (_typeName, expression) => expression,
  timestampOf: (expression) => expression,
};

const postgresql: RawSqlDialect = {
  parameters: () => collectParameters((n) => `$${n}`),
  // Explicitly UTC, whatever the session's time zone.
  timestamp: (date) => date.toISOString(),
  rows: (placeholder, columns) => {
    const types = Object.entries(columns)
      .map(([name, type]) => `${quote(name)} ${PG_TYPES[type]}`)
      .join(', ');
    return `(SELECT * FROM jsonb_to_recordset(${placeholder}::jsonb) AS r(${types}))`;
  },
  texts: (placeholder) => `(SELECT jsonb_array_elements_text(${placeholder}::jsonb))`,
  // An anti-join, which spills to disk if it must; NOT IN over a subquery too big to hash in
  // work_mem would compare every row with every listed value.
  notAmongTexts: (expression, placeholder) =>
    `NOT EXISTS (SELECT FROM jsonb_array_elements_text(${placeholder}::jsonb) AS listed(value) WHERE listed.value = ${expression})`,
  enumOf: (typeName, expression) => `CAST(${expression} AS ${quote(typeName)})`,
  timestampOf: (expression) => `CAST(${expression} AS timestamptz(3))`,
};

export function rawSqlDialect(db: DbOrTransaction): RawSqlDialect {
  return providerOfDb(db) === 'sqlite' ? sqlite : postgresql;
}
