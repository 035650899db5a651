import type { CustomerFilters, CustomerListQuery, OrderingTerm } from '@/lib/customers/list-params';
import { buildSearchText, foldForSearch } from '@/lib/customers/search-text';
import { withinBounds } from '@/lib/customers/time-bounds';
import type { ServiceRecord } from '../dataset/service-records';

/** Online means a token used within this window of the fake's clock. */
export const ONLINE_WINDOW_MS = 5 * 60_000;

const present = (value: string | null) => value !== null && value !== '';

export function isOnline(record: ServiceRecord, now: Date): boolean {
  const used = record.token?.lastUsedAt;
  return Boolean(used && used.getTime() >= now.getTime() - ONLINE_WINDOW_MS);
}

// Records are replaced, never mutated, on update, so the folded text can be cached per object.
const searchTexts = new WeakMap<ServiceRecord, string>();
function searchTextOf(record: ServiceRecord): string {
  let text = searchTexts.get(record);
  if (text === undefined) {
    text = `${record.id}\u001f${buildSearchText(record)}`;
    searchTexts.set(record, text);
  }
  return text;
}

function matchesFilters(record: ServiceRecord, filters: CustomerFilters, now: Date): boolean {
  const checks: [boolean | undefined, () => boolean][] = [
    [filters.hasEmail, () => present(record.email)],
    [filters.hasAvatar, () => present(record.avatar)],
    [filters.hasPhone, () => present(record.mobileNumber)],
    [filters.hasToken, () => record.token !== null],
    [filters.hasFirstName, () => present(record.firstName)],
    [filters.hasLastName, () => present(record.lastName)],
    [filters.isActive, () => record.isActive],
    [filters.isProfileCompleted, () => record.isProfileCompleted],
    [filters.isOnline, () => isOnline(record, now)],
  ];
  if (checks.some(([wanted, actual]) => wanted !== undefined && actual() !== wanted)) return false;
  if (filters.gender !== undefined && record.gender !== filters.gender) return false;
  if (filters.groupsIn && !record.groups.some((group) => filters.groupsIn!.includes(group))) return false;
  if (filters.groupId !== undefined && !record.groups.includes(filters.groupId)) return false;
  if (filters.idMin !== undefined && record.id < filters.idMin) return false;
  if (filters.idMax !== undefined && record.id > filters.idMax) return false;
  return (
    withinBounds(record.lastLogin, filters.lastLogin) && withinBounds(record.createdAt, filters.created) && withinBounds(record.updatedAt, filters.updated)
  );
}

type Sortable = string | number | null;

function sortValue(record: ServiceRecord, field: OrderingTerm['field']): Sortable {
  switch (field) {
    case 'id':
      return record.id;
    case 'username':
      return record.username || null;
    case 'email':
      return record.email || null;
    case 'gender':
      return record.gender;
    case 'last_login':
      return record.lastLogin?.getTime() ?? null;
    case 'created_at':
      return record.createdAt.getTime();
    case 'updated_at':
      return record.updatedAt.getTime();
  }
}

/** Empty values sort last in either direction; the parser always ends the terms with id. */
function compareBy(ordering: readonly OrderingTerm[]) {
  return (a: ServiceRecord, b: ServiceRecord) => {
    for (const { field, direction } of ordering) {
      const [x, y] = [sortValue(a, field), sortValue(b, field)];
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      return (x < y ? -1 : 1) * (direction === 'asc' ? 1 : -1);
    }
    return 0;
  };
}

/** GET /api/customers over an in-memory table: the document's search, filters and ordering. */
export function queryServiceRecords(records: readonly ServiceRecord[], query: CustomerListQuery, now: Date): ServiceRecord[] {
  const terms = query.search.map(foldForSearch);
  const matching = records.filter(
    (record) => matchesFilters(record, query.filters, now) && terms.every((term) => searchTextOf(record).includes(term)),
  );
  const byIdOnly = query.ordering.length === 1 && query.ordering[0]!.field === 'id' && query.ordering[0]!.direction === 'asc';
  // The table is kept in id order, so the common keyset walk needs no sort.
  return byIdOnly ? matching : matching.sort(compareBy(query.ordering));
}
