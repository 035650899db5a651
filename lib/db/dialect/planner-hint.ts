/**
 * Plan hints for SQLite, which has no statistics unless someone runs ANALYZE (and then still
 * takes `"deletedAt" IS NULL`, true for almost every row, for a selective equality). Left alone
 * it walks the index of a broad filter and sorts everything instead of walking the index that
 * already has the requested order, or walks that order past thousands of rows when a narrow
 * filter would have found a page at once. Its documented hints are the unary `+` (the value
 * unchanged, but not indexable) and `likelihood()`. PostgreSQL keeps real statistics, has no
 * unary + for text or timestamps, and no likelihood(): it gets the SQL as is.
 */
import { Prisma } from '../types';
import type { DbProvider } from '../provider';

/** A column most rows share a value of: never the index a plan starts from. */
export function notIndexDriven(provider: DbProvider, column: Prisma.Sql): Prisma.Sql {
  return provider === 'sqlite' ? Prisma.sql`+${column}` : column;
}

/** A condition few rows meet: worth starting the plan from its index. */
export function selective(provider: DbProvider, condition: Prisma.Sql): Prisma.Sql {
  return provider === 'sqlite' ? Prisma.sql`likelihood(${condition}, 0.001)` : condition;
}
