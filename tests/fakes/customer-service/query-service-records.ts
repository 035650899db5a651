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

/** One flag filter: absent, or the record's fact must equal it. */
const flag = (wanted: boolean | undefined, actual: () => boolean) => wanted === undefined || actual() === wanted;

function matchesFilters(record: ServiceRecord, filters: CustomerFilters, now: Date): boolean {
  return (
    flag(filters.hasEmail, () => present(record.email)) &&
    flag(filters.hasAvatar, () => present(record.avatar)) &&
    flag(filters.hasPhone, () => present(record.mobileNumber)) &&
    flag(filters.hasToken, () => record.token !== null) &&
    flag(filters.hasFirstName, () => present(record.firstName)) &&
    flag(filters.hasLastName, () => present(record.lastName)) &&
    flag(filters.isActive, () => record.isActive) &&
    flag(filters.isProfileCompleted, () => record.isProfileCompleted) &&
    flag(filters.isOnline, () => isOnline(record, now)) &&
    (filters.gender === undefined || record.gender === filters.gender) &&
    (filters.groupsIn === undefined || record.groups.some((group) => filters.groupsIn!.includes(group))) &&
    (filters.groupId === undefined || record.groups.includes(filters.groupId)) &&
    (filters.idMin === undefined || record.id >= filters.idMin) &&
    (filters.idMax === undefined || record.id <= filters.idMax) &&
    withinBounds(record.lastLogin, filters.lastLogin) &&
    withinBounds(record.createdAt, filters.created) &&
    withinBounds(record.updatedAt, filters.updated)
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

/** Filtered lists kept for paging: a sync walks at most a few queries at once. */
const KEPT_QUERIES = 8;

/** The customers a query matches, in its order: how many, and any run of them. */
export interface ServiceMatches {
  count: number;
  slice(start: number, end: number): readonly ServiceRecord[];
}

/** Index of the first row at or after which `after` holds (rows ordered so that it holds for a suffix). */
function firstWhere(rows: readonly ServiceRecord[], after: (record: ServiceRecord) => boolean): number {
  let [low, high] = [0, rows.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (after(rows[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * GET /api/customers over an in-memory table: the document's search, filters and ordering.
 * As a database would with its indexes, it pages through 100,000 customers without filtering
 * every one of them per request: each ordering is sorted once per version of the table, each
 * query's matches are kept until the table changes, and in id order an id range (how a sync
 * pages, `id_min`) is a run of those matches found by binary search. "online" follows the
 * clock, so a query asking for it is filtered afresh each time.
 */
export function createServiceQuery(table: { all(): readonly ServiceRecord[]; readonly version: number }) {
  const sorted = new Map<string, { version: number; rows: ServiceRecord[] }>();
  const matched = new Map<string, { version: number; rows: ServiceRecord[] }>();

  function ordered(ordering: readonly OrderingTerm[]): readonly ServiceRecord[] {
    if (ordering.length === 1 && ordering[0]!.field === 'id' && ordering[0]!.direction === 'asc') return table.all();
    const key = ordering.map((term) => `${term.direction}:${term.field}`).join(',');
    const cached = sorted.get(key);
    if (cached?.version === table.version) return cached.rows;
    const rows = [...table.all()].sort(compareBy(ordering));
    sorted.set(key, { version: table.version, rows });
    return rows;
  }

  function filter(query: CustomerListQuery, now: Date): ServiceRecord[] {
    const terms = query.search.map(foldForSearch);
    return ordered(query.ordering).filter(
      (record) => matchesFilters(record, query.filters, now) && terms.every((term) => searchTextOf(record).includes(term)),
    );
  }

  function matches(query: CustomerListQuery, now: Date): readonly ServiceRecord[] {
    if (query.filters.isOnline !== undefined) return filter(query, now);
    const key = JSON.stringify([query.search, query.filters, query.ordering]);
    const kept = matched.get(key);
    if (kept?.version === table.version) return kept.rows;
    const rows = filter(query, now);
    matched.delete(key);
    matched.set(key, { version: table.version, rows });
    if (matched.size > KEPT_QUERIES) matched.delete(matched.keys().next().value!);
    return rows;
  }

  return (query: CustomerListQuery, now: Date): ServiceMatches => {
    const first = query.ordering[0]!;
    const byId = first.field === 'id' && first.direction === 'asc';
    const { idMin, idMax } = query.filters;
    const rows = byId ? matches({ ...query, filters: { ...query.filters, idMin: undefined, idMax: undefined } }, now) : matches(query, now);
    const from = byId && idMin !== undefined ? firstWhere(rows, (record) => record.id >= idMin) : 0;
    const to = byId && idMax !== undefined ? Math.max(from, firstWhere(rows, (record) => record.id > idMax)) : rows.length;
    return { count: to - from, slice: (start, end) => rows.slice(from + start, Math.min(from + end, to)) };
  };
}
