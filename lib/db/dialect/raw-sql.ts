/**
 * Raw statements written once for both databases. Bulk ones take their rows as ONE JSON
 * parameter (`json_each` on SQLite, `jsonb_to_recordset` on PostgreSQL), so a page of any size is
 * a single statement with a handful of parameters, far from either database's parameter limit.
 */
import type { DbProvider } from '../provider';
import { providerOfDb, type DbOrTransaction } from './provider-of-db';

export type JsonColumnType = 'text' | 'integer' | 'boolean' | 'timestamp' | 'json';
export type JsonColumns = Readonly<Record<string, JsonColumnType>>;

export interface JsonRowsDialect {
  provider: DbProvider;
  /**
   * Collects a statement's parameters. `bind(value)` returns its placeholder; call it in the
   * order the placeholders appear in the SQL text (SQLite's `?` are positional).
   */
  parameters(): SqlParameters;
  /** How a timestamp travels inside a JSON parameter so the column stores what Prisma would. */
  timestamp(date: Date): string;
  /** A FROM item (parenthesised, alias it yourself) with one typed row per element of a JSON array of objects. */
  rows(placeholder: string, columns: JsonColumns): string;
  /** A subquery of the strings in a JSON array, for `x IN (…)`. */
  texts(placeholder: string): string;
  /** A parameter or expression cast to a PostgreSQL enum (a plain string on SQLite). */
  enumOf(typeName: string, expression: string): string;
  /** A parameter holding `timestamp(date)`, typed as a timestamp where the database needs it. */
  timestampOf(expression: string): string;
}

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

const PG_TYPES: Record<JsonColumnType, string> = {
  text: 'text',
  integer: 'integer',
  boolean: 'boolean',
  timestamp: 'timestamptz(3)',
  json: 'jsonb',
};

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

const sqlite: JsonRowsDialect = {
  provider: 'sqlite',
  parameters: () => collectParameters(() => '?'),
  // The better-sqlite3 adapter's own format, so raw writes sort and compare like Prisma's.
  timestamp: (date) => date.toISOString().replace('Z', '+00:00'),
  rows: (placeholder, columns) => {
    const select = Object.keys(columns)
      .map((name) => `json_extract(value, '$.${name}') AS ${quote(name)}`)
      .join(', ');
    return `(SELECT ${select} FROM json_each(${placeholder}))`;
  },
  texts: (placeholder) => `(SELECT value FROM json_each(${placeholder}))`,
  enumOf: (_typeName, expression) => expression,
  timestampOf: (expression) => expression,
};

const postgresql: JsonRowsDialect = {
  provider: 'postgresql',
  parameters: () => collectParameters((n) => `$${n}`),
  timestamp: (date) => date.toISOString(),
  rows: (placeholder, columns) => {
    const types = Object.entries(columns)
      .map(([name, type]) => `${quote(name)} ${PG_TYPES[type]}`)
      .join(', ');
    return `(SELECT * FROM jsonb_to_recordset(${placeholder}::jsonb) AS r(${types}))`;
  },
  texts: (placeholder) => `(SELECT jsonb_array_elements_text(${placeholder}::jsonb))`,
  enumOf: (typeName, expression) => `CAST(${expression} AS ${quote(typeName)})`,
  timestampOf: (expression) => `CAST(${expression} AS timestamptz(3))`,
};

export function jsonRowsDialect(db: DbOrTransaction): JsonRowsDialect {
  return providerOfDb(db) === 'sqlite' ? sqlite : postgresql;
}
