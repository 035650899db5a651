/**
 * The query parameters of GET /api/customers (../shared/seeds/004_db20600ff957555b.txt), parsed
 * once for every caller: the API route, the portal pages, the export and the customer-service
 * fake. Messages follow Django REST Framework / django-filter; unlike DRF we reject a bad
 * `limit`, `offset`, boolean or `ordering` instead of silently ignoring it.
 */
import { z } from 'zod';
import { splitSearchTerms } from './search-terms';
import { from, onDay, parseMoment, to, type ParsedMoment, type TimeBound } from './time-bounds';

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 1000;
export const MAX_SEARCH_LENGTH = 256;

export const ORDERING_FIELDS = ['id', 'username', 'email', 'gender', 'last_login', 'created_at', 'updated_at'] as const;
export type OrderingField = (typeof ORDERING_FIELDS)[number];
export interface OrderingTerm {
  field: OrderingField;
  direction: 'asc' | 'desc';
}

export const GENDERS = ['male', 'female', 'other'] as const;

/** Optional response blocks beyond the document's fields (`expand=upstream`). */
export const EXPANSIONS = ['upstream'] as const;
export type Expansion = (typeof EXPANSIONS)[number];

const MESSAGES = {
  wholeNumber: 'Enter a whole number.',
  number: 'Enter a number.',
  boolean: 'Must be a valid boolean.',
  date: 'Enter a valid date.',
  dateTime: 'Enter a valid date/time.',
  choice: (value: string) => `Select a valid choice. ${value} is not one of the available choices.`,
  min: (limit: number) => `Ensure this value is greater than or equal to ${limit}.`,
  max: (limit: number) => `Ensure this value is less than or equal to ${limit}.`,
};

/** Metadata the OpenAPI document is generated from. */
export interface ParamDoc {
  description: string;
  type: 'integer' | 'number' | 'boolean' | 'string';
  format?: 'date' | 'date-time';
  default?: string | number;
  minimum?: number;
  maximum?: number;
  enum?: readonly string[];
  example?: string;
}

const documented = <T extends z.ZodType>(schema: T, doc: ParamDoc) => schema.optional().meta({ doc });

const wholeNumber = (min: number, max?: number) =>
  z
    .string()
    .trim()
    .regex(/^[+-]?\d+$/, MESSAGES.wholeNumber)
    .transform(Number)
    .pipe(max === undefined ? z.number().min(min, MESSAGES.min(min)) : z.number().min(min, MESSAGES.min(min)).max(max, MESSAGES.max(max)));

// django-filter's NumberFilter takes any decimal; ids are whole, so bounds round inwards later.
const number = z
  .string()
  .trim()
  .regex(/^[+-]?(\d+\.?\d*|\.\d+)$/, MESSAGES.number)
  .transform(Number);

const boolean = z
  .string()
  .trim()
  .toLowerCase()
  .refine((value) => ['true', 'false', '1', '0'].includes(value), MESSAGES.boolean)
  .transform((value) => value === 'true' || value === '1');

const moment = (message: string) =>
  z.string().transform((value, ctx): ParsedMoment => {
    const parsed = parseMoment(value);
    if (!parsed) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return parsed;
  });

const numberList = z.string().transform((value, ctx) => {
  const items = value.split(',').map((item) => item.trim()).filter(Boolean);
  if (items.some((item) => !/^\d+$/.test(item))) {
    ctx.addIssue({ code: 'custom', message: MESSAGES.number });
    return z.NEVER;
  }
  return [...new Set(items.map(Number))];
});

const ordering = z.string().transform((value, ctx): OrderingTerm[] => {
  const terms: OrderingTerm[] = [];
  for (const raw of value.split(',').map((item) => item.trim()).filter(Boolean)) {
    const field = raw.replace(/^-/, '');
    if (!(ORDERING_FIELDS as readonly string[]).includes(field)) {
      ctx.addIssue({ code: 'custom', message: MESSAGES.choice(raw) });
      continue;
    }
    if (!terms.some((term) => term.field === field)) {
      terms.push({ field: field as OrderingField, direction: raw.startsWith('-') ? 'desc' : 'asc' });
    }
  }
  return terms;
});

const gender = z
  .string()
  .trim()
  .toLowerCase()
  .refine((value) => (GENDERS as readonly string[]).includes(value), { error: (issue) => MESSAGES.choice(String(issue.input)) });

const expand = z.string().transform((value, ctx): Expansion[] => {
  const items = [...new Set(value.split(',').map((item) => item.trim()).filter(Boolean))];
  const unknown = items.filter((item) => !(EXPANSIONS as readonly string[]).includes(item));
  for (const item of unknown) ctx.addIssue({ code: 'custom', message: MESSAGES.choice(item) });
  return unknown.length ? z.NEVER : (items as Expansion[]);
});

const search = z
  .string()
  .max(MAX_SEARCH_LENGTH, `Ensure this value has at most ${MAX_SEARCH_LENGTH} characters.`)
  .transform(splitSearchTerms);

const bool = (description: string) => documented(boolean, { description, type: 'boolean' });
const dateParam = (description: string) => documented(moment(MESSAGES.date), { description, type: 'string', format: 'date', example: '2023-01-01' });
const rangeParam = (description: string) =>
  documented(moment(MESSAGES.dateTime), { description, type: 'string', format: 'date-time', example: '2023-01-01' });

export const customerListParamsSchema = z.object({
  limit: documented(wholeNumber(1, MAX_LIMIT), {
    description: `Number of results to return per page (1–${MAX_LIMIT}).`,
    type: 'integer',
    default: DEFAULT_LIMIT,
    minimum: 1,
    maximum: MAX_LIMIT,
  }),
  // Bounded so that it stays an exact number and a valid SQL OFFSET on both databases.
  offset: documented(wholeNumber(0, Number.MAX_SAFE_INTEGER), {
    description: 'Number of results to skip before returning results.',
    type: 'integer',
    default: 0,
    minimum: 0,
    maximum: Number.MAX_SAFE_INTEGER,
  }),
  search: documented(search, {
    description:
      'Search terms, separated by spaces or commas ("quoted phrases" stay whole). Every term must be a case-insensitive substring of id, username, mobile_number, email, first_name or last_name.',
    type: 'string',
    example: 'john',
  }),
  ordering: documented(ordering, {
    description: `Comma-separated fields to order by, "-" for descending: ${ORDERING_FIELDS.join(', ')}. Default id. Ties are broken by id, in the direction of the last field given. Empty values (null, or an empty string) sort last in both directions; text sorts by Unicode code point.`,
    type: 'string',
    example: '-created_at',
  }),
  has_email: bool('Customers with (true) or without (false) an email address.'),
  has_avatar: bool('Customers with or without an avatar.'),
  has_phone: bool('Customers with or without a phone number.'),
  has_token: bool('Customers with or without an authentication token.'),
  has_first_name: bool('Customers with or without a first name.'),
  has_last_name: bool('Customers with or without a last name.'),
  is_active: bool('Filter by active status.'),
  is_profile_completed: bool('Filter by profile completion status.'),
  is_online: bool('Filter by online status (a token used within the online window, 5 minutes by default).'),
  gender: documented(gender, { description: 'Filter by gender.', type: 'string', enum: GENDERS }),
  groups_in: documented(numberList, { description: 'Customers in any of these group ids (comma-separated: 1,2,3).', type: 'string', example: '1,2,3' }),
  group_id: documented(number, { description: 'Customers in this group.', type: 'integer' }),
  last_login_date: dateParam('Last login on this UTC date.'),
  last_login_from: rangeParam('Last login at or after this date / date-time.'),
  last_login_to: rangeParam('Last login at or before this date (whole day) / date-time.'),
  id_min: documented(number, { description: 'Minimum id (inclusive).', type: 'integer' }),
  id_max: documented(number, { description: 'Maximum id (inclusive).', type: 'integer' }),
  created_date: dateParam('Created on this UTC date.'),
  updated_date: dateParam('Last updated on this UTC date.'),
  created_from: rangeParam('Created at or after this date / date-time.'),
  created_to: rangeParam('Created at or before this date (whole day) / date-time.'),
  updated_from: rangeParam('Updated at or after this date / date-time.'),
  updated_to: rangeParam('Updated at or before this date (whole day) / date-time.'),
  include_deleted: bool('ADMIN only, not in the source document: also return deleted (tombstoned) customers.'),
  expand: documented(expand, {
    description: 'Not in the source document: comma-separated optional blocks to add to each result. `upstream` adds `{source, upstream_id, first_seen_at, last_synced_at, deleted_at}`.',
    type: 'string',
    enum: EXPANSIONS,
  }),
});

export type CustomerListParamName = keyof typeof customerListParamsSchema.shape;
export const CUSTOMER_LIST_PARAM_NAMES = Object.keys(customerListParamsSchema.shape) as CustomerListParamName[];

export function paramDoc(name: CustomerListParamName): ParamDoc {
  return (customerListParamsSchema.shape[name].meta() as { doc: ParamDoc }).doc;
}

export interface CustomerFilters {
  hasEmail?: boolean;
  hasAvatar?: boolean;
  hasPhone?: boolean;
  hasToken?: boolean;
  hasFirstName?: boolean;
  hasLastName?: boolean;
  isActive?: boolean;
  isProfileCompleted?: boolean;
  isOnline?: boolean;
  gender?: string;
  /** Any of these groups (an empty list matches nothing). */
  groupsIn?: number[];
  groupId?: number;
  idMin?: number;
  idMax?: number;
  lastLogin: TimeBound[];
  created: TimeBound[];
  updated: TimeBound[];
}

export interface CustomerListQuery {
  limit: number;
  offset: number;
  /** Raw terms; matching (case folding, escaping) is the query builder's job. */
  search: string[];
  /** Never empty; always ends with an `id` term so pages never overlap. */
  ordering: OrderingTerm[];
  filters: CustomerFilters;
  includeDeleted: boolean;
  expand: Expansion[];
}

export type ParamErrors = Record<string, string[]>;
export type ParseResult = { ok: true; query: CustomerListQuery } | { ok: false; errors: ParamErrors };

type Input = URLSearchParams | Record<string, string | string[] | undefined>;

/** Last value wins for a repeated parameter (as Django's QueryDict.get), a blank one too; blank means absent. */
function toRecord(input: Input): Record<string, string> {
  const entries = input instanceof URLSearchParams ? [...input.entries()] : Object.entries(input);
  const record: Record<string, string> = {};
  for (const [key, raw] of entries) {
    const value = Array.isArray(raw) ? raw.at(-1) : raw;
    if (!(key in customerListParamsSchema.shape)) continue;
    if (value === undefined || value.trim() === '') delete record[key];
    else record[key] = value;
  }
  return record;
}

/**
 * The id tie-break runs in the direction of the last term, so a one-field ordering is a single
 * index scan (forwards or backwards) instead of an index scan plus a sort.
 */
function withIdTieBreak(terms: OrderingTerm[]): OrderingTerm[] {
  const last = terms.at(-1);
  if (!last) return [{ field: 'id', direction: 'asc' }];
  return terms.some((term) => term.field === 'id') ? terms : [...terms, { field: 'id', direction: last.direction }];
}

export function parseCustomerListParams(input: Input): ParseResult {
  const result = customerListParamsSchema.safeParse(toRecord(input));
  if (!result.success) {
    const errors: ParamErrors = {};
    for (const issue of result.error.issues) {
      const messages = (errors[String(issue.path[0] ?? 'non_field_errors')] ??= []);
      if (!messages.includes(issue.message)) messages.push(issue.message);
    }
    return { ok: false, errors };
  }
  const p = result.data;
  const bounds = (date?: ParsedMoment, start?: ParsedMoment, end?: ParsedMoment) => [
    ...(date ? onDay(date) : []),
    ...(start ? from(start) : []),
    ...(end ? to(end) : []),
  ];
  return {
    ok: true,
    query: {
      limit: p.limit ?? DEFAULT_LIMIT,
      offset: p.offset ?? 0,
      search: p.search ?? [],
      ordering: withIdTieBreak(p.ordering ?? []),
      includeDeleted: p.include_deleted ?? false,
      expand: p.expand ?? [],
      filters: {
        hasEmail: p.has_email,
        hasAvatar: p.has_avatar,
        hasPhone: p.has_phone,
        hasToken: p.has_token,
        hasFirstName: p.has_first_name,
        hasLastName: p.has_last_name,
        isActive: p.is_active,
        isProfileCompleted: p.is_profile_completed,
        isOnline: p.is_online,
        gender: p.gender,
        groupsIn: p.groups_in,
        groupId: p.group_id,
        idMin: p.id_min,
        idMax: p.id_max,
        lastLogin: bounds(p.last_login_date, p.last_login_from, p.last_login_to),
        created: bounds(p.created_date, p.created_from, p.created_to),
        updated: bounds(p.updated_date, p.updated_from, p.updated_to),
      },
    },
  };
}
