/**
 * The ORDER BY of a customer list, as sort keys a keyset cursor can also walk. Empty values
 * (null, or '' for text) sort last in both directions, on both databases: each optional field
 * sorts first by "is empty", then by its value. The sort indexes (migration
 * `customer_sort_indexes`) are built on exactly these expressions.
 */
import { Prisma } from '@/lib/db/types';
import type { DbProvider } from '@/lib/db/provider';
import { codePointOrder } from '@/lib/db/dialect/text-sort-key';
import type { OrderingField, OrderingTerm } from './list-params';
import type { CustomerRow } from './customer-row';

export interface SortKey {
  direction: 'asc' | 'desc';
  /** The value sorted on (never null when `empty` is absent or false for the row). */
  value: Prisma.Sql;
  /** For optional fields: true when the row has no value; such rows come after all others. */
  empty?: Prisma.Sql;
  /** The row's value for this key, as a query parameter (null = empty). */
  of(row: CustomerRow): Date | number | string | null;
}

const column = (name: string) => Prisma.raw(`c."${name}"`);
const blankToNull = (value: string | null) => (value === '' ? null : value);

function textKey(provider: DbProvider, name: 'username' | 'email' | 'gender', direction: SortKey['direction']): SortKey {
  const value = Prisma.sql`nullif(${column(name)}, '')`;
  return { direction, value: codePointOrder(provider, value), empty: Prisma.sql`(${value} IS NULL)`, of: (row) => blankToNull(row[name]) };
}

function sortKey(provider: DbProvider, field: OrderingField, direction: SortKey['direction']): SortKey {
  switch (field) {
    case 'id':
      return { direction, value: column('id'), of: (row) => row.id };
    case 'username':
    case 'email':
    case 'gender':
      return textKey(provider, field, direction);
    case 'last_login':
      return { direction, value: column('lastLogin'), empty: Prisma.sql`(${column('lastLogin')} IS NULL)`, of: (row) => row.lastLogin };
    case 'created_at':
      return { direction, value: column('createdAt'), of: (row) => row.createdAt };
    case 'updated_at':
      return { direction, value: column('updatedAt'), of: (row) => row.updatedAt };
  }
}

export function buildSortKeys(ordering: readonly OrderingTerm[], provider: DbProvider): SortKey[] {
  return ordering.map((term) => sortKey(provider, term.field, term.direction));
}

export function orderByClause(keys: readonly SortKey[]): Prisma.Sql {
  const direction = (key: SortKey) => Prisma.raw(key.direction === 'asc' ? 'ASC' : 'DESC');
  return Prisma.join(
    keys.flatMap((key) => [...(key.empty ? [Prisma.sql`${key.empty} ASC`] : []), Prisma.sql`${key.value} ${direction(key)}`]),
    ', ',
  );
}

/** Rows strictly after `row` in this order: the keyset condition of the next batch. */
export function afterRow(keys: readonly SortKey[], row: CustomerRow): Prisma.Sql {
  const [key, ...rest] = keys;
  if (!key) return Prisma.sql`1 = 0`;
  const value = key.of(row);
  const tail = afterRow(rest, row);
  const beyond = Prisma.raw(key.direction === 'asc' ? '>' : '<');
  if (value === null) return key.empty ? Prisma.sql`(${key.empty} AND ${tail})` : Prisma.sql`1 = 0`;
  // The non-strict bound first gives the planner an index range to start from.
  const notBefore = Prisma.raw(key.direction === 'asc' ? '>=' : '<=');
  const ranked = Prisma.sql`(${key.value} ${notBefore} ${value} AND (${key.value} ${beyond} ${value} OR ${tail}))`;
  return key.empty ? Prisma.sql`(${key.empty} OR ${ranked})` : ranked;
}
