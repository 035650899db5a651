/**
 * Every customer a list query matches, in its order, in batches: the same query as
 * listCustomers without limit/offset, walked with a keyset cursor (each batch starts after the
 * last row of the previous one), so memory stays at one batch and no batch re-reads skipped rows.
 */
import type { Db } from '@/lib/db/client';
import { providerOfDb } from '@/lib/db/dialect/provider-of-db';
import { Prisma } from '@/lib/db/types';
import { afterRow } from './build-customer-order';
import { buildCustomerQuery } from './build-customer-query';
import { CUSTOMER_ROW_COLUMNS, type CustomerRow } from './customer-row';
import type { CustomerListQuery } from './list-params';
import type { CustomerListContext } from './list-context';

export const EXPORT_BATCH_SIZE = 1_000;

export async function* streamCustomers(
  db: Db,
  query: CustomerListQuery,
  context: CustomerListContext,
  batchSize = EXPORT_BATCH_SIZE,
): AsyncGenerator<CustomerRow[]> {
  const { where, sortKeys, orderBy } = buildCustomerQuery(query, context, providerOfDb(db));
  let after = Prisma.sql`1 = 1`;
  for (;;) {
    const rows = await db.$queryRaw<CustomerRow[]>(
      Prisma.sql`SELECT ${CUSTOMER_ROW_COLUMNS} FROM "customers" c WHERE ${where} AND ${after} ORDER BY ${orderBy} LIMIT ${batchSize}`,
    );
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    after = afterRow(sortKeys, rows.at(-1)!);
  }
}
