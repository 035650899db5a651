/**
 * Text in Unicode code point order on both databases: SQLite's BINARY collation compares UTF-8
 * bytes, which is code point order; PostgreSQL needs the "C" collation for the same, whatever
 * the database's default locale. The sort indexes are built on exactly these expressions.
 */
import { Prisma } from '../types';
import type { DbProvider } from '../provider';

export function codePointOrder(provider: DbProvider, expression: Prisma.Sql): Prisma.Sql {
  return provider === 'postgresql' ? Prisma.sql`${expression} COLLATE "C"` : expression;
}
