/**
 * THE customer list query: every caller (the API, the portal pages, the CSV export) turns its
 * parsed parameters into SQL here, so they all filter and order identically.
 */
import type { Prisma } from '@/lib/db/types';
import type { DbProvider } from '@/lib/db/provider';
import { buildCustomerFilter } from './build-customer-filter';
import { buildSortKeys, orderByClause, type SortKey } from './build-customer-order';
import type { CustomerListQuery } from './list-params';
import type { CustomerListContext } from './list-context';

export interface CustomerSqlQuery {
  /** Condition on the customers table aliased `c`. */
  where: Prisma.Sql;
  sortKeys: SortKey[];
  orderBy: Prisma.Sql;
}

export function buildCustomerQuery(query: CustomerListQuery, context: CustomerListContext, provider: DbProvider): CustomerSqlQuery {
  const sortKeys = buildSortKeys(query.ordering, provider);
  return { where: buildCustomerFilter(query, context, provider), sortKeys, orderBy: orderByClause(sortKeys) };
}
