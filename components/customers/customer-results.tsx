import 'server-only';
import { canIncludeDeleted, canManageGroups } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { countCacheFor } from '@/lib/customers/count-cache';
import { toCustomerDto } from '@/lib/customers/customer-dto';
import { customerListContext, onlineSince } from '@/lib/customers/list-context';
import { listCustomers } from '@/lib/customers/list-customers';
import type { CustomerListQuery } from '@/lib/customers/list-params';
import { getDb } from '@/lib/db/client';
import { CustomersTable } from './customers-table';

/** One page of customers for the portal: the API's data function, rendered as the table. */
export async function CustomerResults({ query, user, groups }: { query: CustomerListQuery; user: SessionUser; groups: { id: number; name: string }[] }) {
  const db = getDb();
  const context = customerListContext({ mayIncludeDeleted: canIncludeDeleted(user), countCache: countCacheFor(db) });
  const { count, rows } = await listCustomers(db, query, context);
  const since = onlineSince(context);
  // The upstream block is always wanted here: the table marks deleted customers.
  const dtos = rows.map((row) => toCustomerDto(row, { onlineSince: since, expand: ['upstream'] }));
  return <CustomersTable rows={dtos} count={count} limit={query.limit} offset={query.offset} groups={canManageGroups(user) ? groups : null} />;
}
