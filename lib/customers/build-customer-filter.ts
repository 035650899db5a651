/**
 * The WHERE clause of a customer list, for a customers table aliased `c`. Semantics:
 * "has X" = not null and not empty; online = holds a token used within the online window;
 * group filters test membership (never joining, so a customer appears once); time bounds
 * compare instants (SQLite stores DateTime as ISO text in one format, so text order is time
 * order, and Prisma serialises Date parameters the same way).
 */
import { Prisma } from '@/lib/db/types';
import type { DbProvider } from '@/lib/db/provider';
import { notIndexDriven, selective } from '@/lib/db/dialect/planner-hint';
import { searchTextContains } from '@/lib/db/dialect/substring-search';
import type { CustomerFilters, CustomerListQuery } from './list-params';
import { onlineSince, type CustomerListContext } from './list-context';
import { foldForSearch, SEARCH_FIELD_SEPARATOR } from './search-text';
import type { TimeBound } from './time-bounds';

const ALIAS = 'c';
const column = (name: string) => Prisma.raw(`${ALIAS}."${name}"`);
const TRUE = Prisma.sql`1 = 1`;
const FALSE = Prisma.sql`1 = 0`;
// Ids are Int (int4 on PostgreSQL): bounds beyond it select everything or nothing.
const MAX_ID = 2_147_483_647;

/**
 * Columns most rows share a value of (flags, gender, presence, the tombstone). When the list is
 * ordered by something other than id they must not drive the plan: walking the ordering's index
 * and checking them row by row stops after one page, sorting every match does not.
 */
type Broad = (name: string) => Prisma.Sql;

/** Exactly the leading expression of the "missing" indexes (migration customer_presence_indexes). */
function present(field: Prisma.Sql, wanted: boolean): Prisma.Sql {
  return Prisma.sql`(nullif(${field}, '') IS NULL) = ${Prisma.raw(wanted ? 'FALSE' : 'TRUE')}`;
}

const flag = (field: Prisma.Sql, wanted: boolean) => (wanted ? Prisma.sql`${field} = TRUE` : Prisma.sql`${field} = FALSE`);

const NARROW_RANGE_MS = 7 * 86_400_000;

function within(provider: DbProvider, name: string, bounds: readonly TimeBound[]): Prisma.Sql[] {
  const field = column(name);
  const time = (bound: TimeBound) => ('gte' in bound ? bound.gte : 'lt' in bound ? bound.lt : bound.lte).getTime();
  const starts = bounds.filter((bound) => 'gte' in bound).map(time);
  const ends = bounds.filter((bound) => !('gte' in bound)).map(time);
  // A closed range of a week or less (every `*_date`) holds few rows: let its index lead.
  const narrow = starts.length > 0 && ends.length > 0 && Math.min(...ends) - Math.max(...starts) <= NARROW_RANGE_MS;
  return bounds.map((bound) => {
    const condition =
      'gte' in bound ? Prisma.sql`${field} >= ${bound.gte}` : 'lt' in bound ? Prisma.sql`${field} < ${bound.lt}` : Prisma.sql`${field} <= ${bound.lte}`;
    return narrow ? selective(provider, condition) : condition;
  });
}

function inGroups(ids: readonly number[]): Prisma.Sql {
  const whole = ids.filter((id) => Number.isInteger(id) && id >= 1 && id <= MAX_ID);
  if (whole.length === 0) return FALSE;
  return Prisma.sql`${column('id')} IN (SELECT m."customerId" FROM "customer_group_members" m WHERE m."groupId" IN (${Prisma.join(whole)}))`;
}

function termMatches(provider: DbProvider, raw: string): Prisma.Sql {
  const term = foldForSearch(raw);
  // The separator only joins fields in searchText; a term holding it would match across two.
  if (term.includes(SEARCH_FIELD_SEPARATOR)) return FALSE;
  const text = searchTextContains(provider, ALIAS, term);
  return /^\d+$/.test(term) ? Prisma.sql`(${text} OR CAST(${column('id')} AS TEXT) LIKE ${`%${term}%`})` : text;
}

function presenceFilters(filters: CustomerFilters): [boolean | undefined, string][] {
  return [
    [filters.hasEmail, 'email'],
    [filters.hasAvatar, 'avatar'],
    [filters.hasPhone, 'mobileNumber'],
    [filters.hasFirstName, 'firstName'],
    [filters.hasLastName, 'lastName'],
  ];
}

function filterConditions(filters: CustomerFilters, context: CustomerListContext, provider: DbProvider, broad: Broad): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  for (const [wanted, name] of presenceFilters(filters)) if (wanted !== undefined) conditions.push(present(broad(name), wanted));
  const flags: [boolean | undefined, string][] = [
    [filters.hasToken, 'hasToken'],
    [filters.isActive, 'isActive'],
    [filters.isProfileCompleted, 'isProfileCompleted'],
  ];
  for (const [wanted, name] of flags) if (wanted !== undefined) conditions.push(flag(broad(name), wanted));
  if (filters.isOnline !== undefined) {
    // The recent token use is what narrows the set; half the customers may hold a token.
    const hasToken = notIndexDriven(provider, column('hasToken'));
    const recent = selective(provider, Prisma.sql`${column('lastTokenUseAt')} >= ${onlineSince(context)}`);
    // IS NOT NULL keeps the condition two-valued, so that NOT (…) is "offline" for every row.
    const online = Prisma.sql`(${hasToken} = TRUE AND ${column('lastTokenUseAt')} IS NOT NULL AND ${recent})`;
    conditions.push(filters.isOnline ? online : Prisma.sql`NOT ${online}`);
  }
  if (filters.gender !== undefined) conditions.push(Prisma.sql`${broad('gender')} = ${filters.gender}`);
  if (filters.groupsIn !== undefined) conditions.push(inGroups(filters.groupsIn));
  if (filters.groupId !== undefined) conditions.push(inGroups([filters.groupId]));
  if (filters.idMin !== undefined) {
    const min = Math.ceil(filters.idMin);
    conditions.push(min > MAX_ID ? FALSE : Prisma.sql`${column('id')} >= ${Math.max(min, 0)}`);
  }
  if (filters.idMax !== undefined) {
    const max = Math.floor(filters.idMax);
    conditions.push(max < 0 ? FALSE : Prisma.sql`${column('id')} <= ${Math.min(max, MAX_ID)}`);
  }
  conditions.push(
    ...within(provider, 'lastLogin', filters.lastLogin),
    ...within(provider, 'createdAt', filters.created),
    ...within(provider, 'updatedAt', filters.updated),
  );
  return conditions;
}

export function buildCustomerFilter(query: CustomerListQuery, context: CustomerListContext, provider: DbProvider): Prisma.Sql {
  const orderedById = query.ordering[0]?.field === 'id';
  const broad: Broad = (name) => (orderedById ? column(name) : notIndexDriven(provider, column(name)));
  // In id order the ("deletedAt", "id") index is the one to walk, unless a narrower one serves the
  // filters: "online" (the few rows with a token used minutes ago, found by that index and sorted)
  // or a field missing (its "missing" index, in id order).
  const walkLiveIds = orderedById && query.filters.isOnline !== true && !presenceFilters(query.filters).some(([wanted]) => wanted === false);
  const deletedAt = walkLiveIds ? column('deletedAt') : notIndexDriven(provider, column('deletedAt'));
  const conditions = [
    ...(query.includeDeleted && context.mayIncludeDeleted ? [] : [Prisma.sql`${deletedAt} IS NULL`]),
    ...query.search.map((term) => termMatches(provider, term)),
    ...filterConditions(query.filters, context, provider, broad),
  ];
  return conditions.length ? Prisma.join(conditions, ' AND ') : TRUE;
}
