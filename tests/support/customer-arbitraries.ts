/**
 * fast-check generators for the customer list: customers full of ties, empty values, case and
 * Unicode traps, and raw query strings that are sometimes valid and sometimes not.
 */
import fc from 'fast-check';
import { ORDERING_FIELDS } from '@/lib/customers/list-params';
import type { CustomerSeed } from './customer-fixtures';

const NAMES = ['Élodie', 'élodie', 'ÉLODIE', 'John', 'john', 'Zoë', 'Ann', '100%', 'a_b', 'ß', 'İstanbul', '😀 Emoji', 'O\'Brien', '"Quoted"', 'Ünal', ''];
const INSTANTS = ['2023-01-01T00:00:00.000Z', '2023-01-01T23:59:59.999Z', '2023-01-02T00:00:00.000Z', '2023-06-15T12:30:00.250Z', '2024-02-29T08:00:00.000Z'];

const maybe = <T>(value: fc.Arbitrary<T>) => fc.oneof(value, fc.constant(null));
const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const instant = pick(INSTANTS).map((iso) => new Date(iso));

export function customerSeedArbitrary(groupIds: readonly number[], now: Date): fc.Arbitrary<CustomerSeed> {
  return fc.record({
    firstName: maybe(pick(NAMES)),
    lastName: maybe(pick(NAMES)),
    username: maybe(pick(['elodie', 'john', 'JOHN', 'mary ann', 'x_y', 'ß', ''])),
    email: maybe(pick(['Elodie@Example.com', 'john@x.io', 'a%b@x.io', 'zoë@example.com', ''])),
    mobileNumber: maybe(pick(['0812345', '628111', '+62 812', ''])),
    avatar: maybe(pick(['https://a.example/1.png', ''])),
    gender: maybe(pick(['male', 'female', 'other', ''])),
    isActive: fc.boolean(),
    isProfileCompleted: fc.boolean(),
    lastLogin: maybe(instant),
    hasToken: fc.boolean(),
    lastTokenUseAt: maybe(pick([1, 4, 7, 10, 600]).map((minutes) => new Date(now.getTime() - minutes * 60_000))),
    createdAt: instant,
    updatedAt: instant,
    deletedAt: fc.oneof({ weight: 9, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: instant }),
    groupIds: fc.subarray([...groupIds]),
  });
}

const TERMS = ['é', 'ÉLO', 'john', '%', '_', 'a_b', '"john smith"', '"mary ann"', '0', '1', '12', 'zz', 'ß', 'SS', '😀', "o'b", 'x.io', 'İ', 'ünal'];

/** Mostly valid values, now and then a wrong one, so both the 200 and the 400 paths get exercised. */
const mostly = (valid: readonly string[], invalid: readonly string[]) =>
  fc.oneof({ weight: 5, arbitrary: pick(valid) }, { weight: 1, arbitrary: pick(invalid) });

export function queryStringArbitrary(groupIds: readonly number[]): fc.Arbitrary<URLSearchParams> {
  const bool = mostly(['true', 'false', '1', '0', 'TRUE', 'False', ''], ['yes']);
  const date = mostly(['2023-01-01', '2023-01-01T10:00:00Z', '2023-01-01T05:00:00+07:00', '2023-06-15', '2024-02-29', ''], ['2023-13-01', 'nope']);
  const number = mostly(['0', '1', '2.5', '-3', '5', '1000000', '99999999999999999999', ''], ['ten']);
  const ordering = fc
    .array(fc.tuple(fc.oneof({ weight: 9, arbitrary: pick(ORDERING_FIELDS) }, { weight: 1, arbitrary: fc.constant('password') }), fc.boolean()), {
      maxLength: 3,
    })
    .map((terms) => terms.map(([field, descending]) => `${descending ? '-' : ''}${field}`).join(','));
  const values: Record<string, fc.Arbitrary<string>> = {
    limit: mostly(['1', '2', '5', '10', '1000', ' 3 '], ['0', '-1', 'abc', '1001']),
    offset: mostly(['0', '1', '3', '50', '9007199254740991'], ['x', '-2', '99999999999999999999']),
    search: fc.array(pick(TERMS), { minLength: 1, maxLength: 3 }).chain((terms) => pick([' ', ',', ', ']).map((glue) => terms.join(glue))),
    ordering,
    has_email: bool,
    has_avatar: bool,
    has_phone: bool,
    has_token: bool,
    has_first_name: bool,
    has_last_name: bool,
    is_active: bool,
    is_profile_completed: bool,
    is_online: bool,
    gender: mostly(['male', 'FEMALE', 'other', ''], ['robot']),
    groups_in: fc.subarray([...groupIds.map(String), '999']).map((ids) => ids.join(',')),
    group_id: mostly([...groupIds.map(String), '2.5', '99999999999999999999'], ['x']),
    id_min: number,
    id_max: number,
    last_login_date: date,
    last_login_from: date,
    last_login_to: date,
    created_date: date,
    created_from: date,
    created_to: date,
    updated_date: date,
    updated_from: date,
    updated_to: date,
    include_deleted: bool,
    expand: mostly(['upstream', ''], ['nothing']),
    colour: pick(['blue']),
  };
  const entry = pick(Object.keys(values)).chain((name) => values[name]!.map((value) => [name, value] as [string, string]));
  // Repeated names are allowed on purpose: the last value wins, as in Django's QueryDict.
  return fc.array(entry, { maxLength: 5 }).map((entries) => new URLSearchParams(entries));
}
