/**
 * One page of customers and the number matching: the data function behind GET /api/customers
 * and the portal's customer tables.
 */
import type { Db } from '@/lib/db/client';
import { providerOfDb } from '@/lib/db/dialect/provider-of-db';
import { Prisma } from '@/lib/db/types';
import { buildCustomerQuery } from './build-customer-query';
import { countKey } from './count-cache';
import { CUSTOMER_ROW_COLUMNS, type CustomerRow } from './customer-row';
import type { CustomerListQuery } from './list-params';
import type { CustomerListContext } from './list-context';

/** Up to here, reading the skipped rows costs less than a second query over ids. */
const SHALLOW_OFFSET = 1_000;

export interface CustomerPage {
  count: number;
  rows: CustomerRow[];
}

export async function listCustomers(db: Db, query: CustomerListQuery, context: CustomerListContext): Promise<CustomerPage> {
  const { where, orderBy } = buildCustomerQuery(query, context, providerOfDb(db));
  const rows = await db.$queryRaw<CustomerRow[]>(
    query.offset <= SHALLOW_OFFSET
      ? Prisma.sql`SELECT ${CUSTOMER_ROW_COLUMNS} FROM "customers" c WHERE ${where} ORDER BY ${orderBy} LIMIT ${query.limit} OFFSET ${query.offset}`
      : // Deep pages skip on ids alone (index-only where possible) and read full rows for the page only.
        Prisma.sql`
          SELECT ${CUSTOMER_ROW_COLUMNS}
          FROM "customers" c
          WHERE c."id" IN (SELECT c."id" FROM "customers" c WHERE ${where} ORDER BY ${orderBy} LIMIT ${query.limit} OFFSET ${query.offset})
          ORDER BY ${orderBy}`,
  );
  // A page that is neither empty nor full already tells the total.
  if (rows.length > 0 && rows.length < query.limit) return { count: query.offset + rows.length, rows };
  if (rows.length === 0 && query.offset === 0) return { count: 0, rows };
  return { count: await countCustomers(db, where, context), rows };
}

async function countCustomers(db: Db, where: Prisma.Sql, context: CustomerListContext): Promise<number> {
  const count = async () => {
    const [row] = await db.$queryRaw<[{ count: bigint | number }]>(Prisma.sql`SELECT COUNT(*) AS "count" FROM "customers" c WHERE ${where}`);
    return Number(row.count);
  };
  return context.countCache ? context.countCache.remember(countKey(where), count) : count();
}
