/**
 * "The folded search text contains this folded term", index-backed where the index can help.
 * Both trigram indexes (SQLite FTS5 `customer_search`, PostgreSQL pg_trgm `customers_search_trgm`)
 * need at least three characters; shorter terms scan, which is still exact.
 */
import { Prisma } from '../types';
import type { DbProvider } from '../provider';

const TRIGRAM = 3;

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (char) => `\\${char}`);

/** `alias` is the customers table's alias in the surrounding query. */
export function searchTextContains(provider: DbProvider, alias: string, term: string): Prisma.Sql {
  const table = Prisma.raw(alias);
  const long = [...term].length >= TRIGRAM;
  if (provider === 'postgresql') {
    // LIKE (rather than strpos) is what lets the planner use the trigram index; `\` escapes.
    return long
      ? Prisma.sql`${table}."searchText" LIKE ${`%${escapeLike(term)}%`}`
      : Prisma.sql`strpos(${table}."searchText", ${term}) > 0`;
  }
  const exact = Prisma.sql`instr(${table}."searchText", ${term}) > 0`;
  if (!long) return exact;
  // The FTS phrase narrows by trigrams; instr keeps the answer exact whatever FTS5's own case
  // folding does beyond our lower-casing.
  const phrase = `"${term.replaceAll('"', '""')}"`;
  return Prisma.sql`(${table}."id" IN (SELECT rowid FROM "customer_search" WHERE "customer_search" MATCH ${phrase}) AND ${exact})`;
}
