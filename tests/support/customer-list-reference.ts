/**
 * GET /api/customers semantics over an in-memory array, written independently of the SQL
 * builder, for tests to compare the database's answers with.
 */
import type { CustomerListQuery, OrderingTerm } from '@/lib/customers/list-params';
import { isOnline, onlineSince, type CustomerListContext } from '@/lib/customers/list-context';
import { foldForSearch } from '@/lib/customers/search-text';
import { withinBounds } from '@/lib/customers/time-bounds';
import type { SeededCustomer } from './customer-fixtures';

const present = (value: string | null) => value !== null && value !== '';

function matchesTerm(customer: SeededCustomer, term: string): boolean {
  const folded = foldForSearch(term);
  const fields = [String(customer.id), customer.username, customer.mobileNumber, customer.email, customer.firstName, customer.lastName];
  return fields.some((field) => foldForSearch(field ?? '').includes(folded));
}

function matches(customer: SeededCustomer, query: CustomerListQuery, context: CustomerListContext): boolean {
  const f = query.filters;
  if (customer.deletedAt && !(query.includeDeleted && context.mayIncludeDeleted)) return false;
  if (!query.search.every((term) => matchesTerm(customer, term))) return false;
  const checks: [boolean | undefined, boolean][] = [
    [f.hasEmail, present(customer.email)],
    [f.hasAvatar, present(customer.avatar)],
    [f.hasPhone, present(customer.mobileNumber)],
    [f.hasToken, customer.hasToken],
    [f.hasFirstName, present(customer.firstName)],
    [f.hasLastName, present(customer.lastName)],
    [f.isActive, customer.isActive],
    [f.isProfileCompleted, customer.isProfileCompleted],
    [f.isOnline, isOnline(customer, onlineSince(context))],
  ];
  if (checks.some(([wanted, actual]) => wanted !== undefined && wanted !== actual)) return false;
  if (f.gender !== undefined && customer.gender !== f.gender) return false;
  if (f.groupsIn !== undefined && !customer.groupIds.some((id) => f.groupsIn!.includes(id))) return false;
  if (f.groupId !== undefined && !customer.groupIds.includes(f.groupId)) return false;
  if (f.idMin !== undefined && customer.id < f.idMin) return false;
  if (f.idMax !== undefined && customer.id > f.idMax) return false;
  return withinBounds(customer.lastLogin, f.lastLogin) && withinBounds(customer.createdAt, f.created) && withinBounds(customer.updatedAt, f.updated);
}

type Key = string | number | null;

function keyOf(customer: SeededCustomer, field: OrderingTerm['field']): Key {
  const text = (value: string | null) => (value === '' ? null : value);
  switch (field) {
    case 'id':
      return customer.id;
    case 'username':
      return text(customer.username);
    case 'email':
      return text(customer.email);
    case 'gender':
      return text(customer.gender);
    case 'last_login':
      return customer.lastLogin?.getTime() ?? null;
    case 'created_at':
      return customer.createdAt.getTime();
    case 'updated_at':
      return customer.updatedAt.getTime();
  }
}

/** Code point order, which UTF-8 byte order is (UTF-16 `<` is not, beyond the BMP). */
function compareKeys(a: Exclude<Key, null>, b: Exclude<Key, null>): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return Buffer.compare(Buffer.from(String(a)), Buffer.from(String(b)));
}

function compare(ordering: readonly OrderingTerm[]) {
  return (a: SeededCustomer, b: SeededCustomer) => {
    for (const { field, direction } of ordering) {
      const [x, y] = [keyOf(a, field), keyOf(b, field)];
      if (x === null && y === null) continue;
      // Empty values last, whichever the direction.
      if (x === null) return 1;
      if (y === null) return -1;
      const order = compareKeys(x, y);
      if (order !== 0) return direction === 'asc' ? order : -order;
    }
    return 0;
  };
}

/** Every matching customer, in the query's order (limit and offset not applied). */
export function referenceList(customers: readonly SeededCustomer[], query: CustomerListQuery, context: CustomerListContext): SeededCustomer[] {
  return customers.filter((customer) => matches(customer, query, context)).sort(compare(query.ordering));
}
