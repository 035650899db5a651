/**
 * GET /api/customers semantics over an in-memory array, written independently of production
 * code, for tests to compare the database's answers with.
 *
 * Expectations are built from the raw query parameters (as the generator produced them), not from
 * the production parser's output, and case folding, date bounds and the online window are
 * re-derived here from the documented semantics (README "GET /api/customers" and
 * ../shared/seeds/004_db20600ff957555b.txt). Nothing here imports lib/customers logic except
 * `splitSearchTerms` (DRF's smart_split; tokenising, not matching) — so a bug in folding, in a
 * `_from`/`_to`/`_date` bound or in the online window shows up as a disagreement.
 *
 * Only valid parameters are modelled: callers decide validity (400) first.
 */
import type { CustomerListContext } from '@/lib/customers/list-context';
import { splitSearchTerms } from '@/lib/customers/search-terms';
import type { SeededCustomer } from './customer-fixtures';

type RawParams = URLSearchParams | string;

/** Last value wins for a repeated name; a blank value means "not filtered". */
function lastValues(input: RawParams): Map<string, string> {
  const params = typeof input === 'string' ? new URLSearchParams(input) : input;
  const values = new Map<string, string>();
  for (const [name, value] of params) {
    if (value.trim() === '') values.delete(name);
    else values.set(name, value);
  }
  return values;
}

// --- documented semantics, re-derived -------------------------------------------------------

/** Case-insensitive, Unicode-aware: composed (NFC) and lower-cased, so "ÉLODIE" finds "élodie". */
function fold(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

const DAY_MS = 24 * 60 * 60 * 1000;

type Moment = { kind: 'date'; dayStart: number } | { kind: 'datetime'; at: number };

/** `YYYY-MM-DD` (a UTC day) or an ISO 8601 date-time; no zone means UTC. */
function parseMomentRaw(raw: string): Moment {
  const text = raw.trim();
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (date) return { kind: 'date', dayStart: Date.UTC(+date[1]!, +date[2]! - 1, +date[3]!) };
  const dt = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|([+-])(\d{2}):?(\d{2})?)?$/i.exec(text);
  if (!dt) throw new Error(`reference: not a date/date-time the reference models: ${raw}`);
  const [, y, mo, d, h, mi, s = '0', frac = '', zone, sign, oh = '0', om = '0'] = dt;
  const ms = Number((frac + '000').slice(0, 3));
  let at = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s, ms);
  if (zone && zone.toUpperCase() !== 'Z') at -= (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) * 60_000;
  return { kind: 'datetime', at };
}

/** `*_date`, `*_from`, `*_to` of one timestamp field as a predicate over the stored value. */
function timeFilter(values: Map<string, string>, prefix: string): (value: Date | null) => boolean {
  const tests: ((time: number) => boolean)[] = [];
  const onDate = values.get(`${prefix}_date`);
  if (onDate !== undefined) {
    // The UTC calendar day the value falls on.
    const m = parseMomentRaw(onDate);
    const start = m.kind === 'date' ? m.dayStart : Math.floor(m.at / DAY_MS) * DAY_MS;
    tests.push((t) => t >= start && t < start + DAY_MS);
  }
  const fromValue = values.get(`${prefix}_from`);
  if (fromValue !== undefined) {
    // Inclusive: from the start of that day, or from that instant.
    const m = parseMomentRaw(fromValue);
    const start = m.kind === 'date' ? m.dayStart : m.at;
    tests.push((t) => t >= start);
  }
  const toValue = values.get(`${prefix}_to`);
  if (toValue !== undefined) {
    // Inclusive: a date covers its whole UTC day; a date-time up to and including that instant.
    const m = parseMomentRaw(toValue);
    if (m.kind === 'date') tests.push((t) => t < m.dayStart + DAY_MS);
    else tests.push((t) => t <= m.at);
  }
  return (value) => tests.length === 0 || (value !== null && tests.every((test) => test(value.getTime())));
}

/** Online = holds a token, last used at or after `now - window`. */
function online(customer: SeededCustomer, context: CustomerListContext): boolean {
  if (!customer.hasToken || customer.lastTokenUseAt === null) return false;
  return customer.lastTokenUseAt.getTime() >= context.now.getTime() - context.onlineWindowMinutes * 60 * 1000;
}

const bool = (raw: string | undefined) => (raw === undefined ? undefined : ['true', '1'].includes(raw.trim().toLowerCase()));
const num = (raw: string | undefined) => (raw === undefined ? undefined : Number(raw.trim()));
const present = (value: string | null) => value !== null && value !== '';

// --- filtering ------------------------------------------------------------------------------

function matcher(values: Map<string, string>, context: CustomerListContext): (customer: SeededCustomer) => boolean {
  const terms = splitSearchTerms(values.get('search') ?? '').map(fold);
  const includeDeleted = bool(values.get('include_deleted')) === true && context.mayIncludeDeleted;
  const wanted: [string, (c: SeededCustomer) => boolean][] = [
    ['has_email', (c) => present(c.email)],
    ['has_avatar', (c) => present(c.avatar)],
    ['has_phone', (c) => present(c.mobileNumber)],
    ['has_token', (c) => c.hasToken],
    ['has_first_name', (c) => present(c.firstName)],
    ['has_last_name', (c) => present(c.lastName)],
    ['is_active', (c) => c.isActive],
    ['is_profile_completed', (c) => c.isProfileCompleted],
    ['is_online', (c) => online(c, context)],
  ];
  const booleans = wanted.flatMap(([name, actual]) => {
    const want = bool(values.get(name));
    return want === undefined ? [] : [(c: SeededCustomer) => actual(c) === want];
  });
  const gender = values.get('gender')?.trim().toLowerCase();
  const groupsInRaw = values.get('groups_in');
  const groupsIn = groupsInRaw?.split(',').map((item) => item.trim()).filter(Boolean).map(Number);
  const groupId = num(values.get('group_id'));
  const idMin = num(values.get('id_min'));
  const idMax = num(values.get('id_max'));
  const lastLogin = timeFilter(values, 'last_login');
  const created = timeFilter(values, 'created');
  const updated = timeFilter(values, 'updated');

  return (c) => {
    if (c.deletedAt && !includeDeleted) return false;
    const haystack = [String(c.id), c.username, c.mobileNumber, c.email, c.firstName, c.lastName].map((field) => fold(field ?? ''));
    if (!terms.every((term) => haystack.some((field) => field.includes(term)))) return false;
    if (!booleans.every((test) => test(c))) return false;
    if (gender !== undefined && c.gender !== gender) return false;
    if (groupsIn !== undefined && !c.groupIds.some((id) => groupsIn.includes(id))) return false;
    if (groupId !== undefined && !c.groupIds.includes(groupId)) return false;
    if (idMin !== undefined && c.id < idMin) return false;
    if (idMax !== undefined && c.id > idMax) return false;
    return lastLogin(c.lastLogin) && created(c.createdAt) && updated(c.updatedAt);
  };
}

// --- ordering -------------------------------------------------------------------------------

type Field = 'id' | 'username' | 'email' | 'gender' | 'last_login' | 'created_at' | 'updated_at';
type Term = { field: Field; descending: boolean };

/** Comma-separated, `-` for descending, first mention wins; ties broken by id in the last term's direction. */
function orderingOf(values: Map<string, string>): Term[] {
  const terms: Term[] = [];
  for (const raw of (values.get('ordering') ?? '').split(',').map((item) => item.trim()).filter(Boolean)) {
    const field = raw.replace(/^-/, '') as Field;
    if (!terms.some((term) => term.field === field)) terms.push({ field, descending: raw.startsWith('-') });
  }
  if (!terms.some((term) => term.field === 'id')) terms.push({ field: 'id', descending: terms.at(-1)?.descending ?? false });
  return terms;
}

type Key = string | number | null;

function keyOf(customer: SeededCustomer, field: Field): Key {
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

function compare(ordering: readonly Term[]) {
  return (a: SeededCustomer, b: SeededCustomer) => {
    for (const { field, descending } of ordering) {
      const [x, y] = [keyOf(a, field), keyOf(b, field)];
      if (x === null && y === null) continue;
      // Empty values last, whichever the direction.
      if (x === null) return 1;
      if (y === null) return -1;
      const order = compareKeys(x, y);
      if (order !== 0) return descending ? -order : order;
    }
    return 0;
  };
}

// --- public ---------------------------------------------------------------------------------

/** Every matching customer for these (valid) raw parameters, in order; limit and offset not applied. */
export function referenceList(customers: readonly SeededCustomer[], params: RawParams, context: CustomerListContext): SeededCustomer[] {
  const values = lastValues(params);
  return customers.filter(matcher(values, context)).sort(compare(orderingOf(values)));
}

/** The page these (valid) raw parameters ask for: limit default 10, offset default 0. */
export function referencePage(params: RawParams): { limit: number; offset: number } {
  const values = lastValues(params);
  return { limit: num(values.get('limit')) ?? 10, offset: num(values.get('offset')) ?? 0 };
}
