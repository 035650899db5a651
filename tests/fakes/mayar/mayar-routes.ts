import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { MayarRecord } from '../dataset/mayar-records';
import { withBadFields, type Faults } from '../http/faults';
import type { FakeResponse, FakeRoutes } from '../http/fake-server';
import { createRateLimiter, type RateLimit } from '../http/rate-limiter';
import type { MayarStore } from './mayar-store';

/** Faults only Mayar's numbered pages can show. */
export interface MayarFaults extends Faults {
  /** Past the last page, go on serving full pages (the customers again from the top) with `hasMore: true`. */
  overrunPages?: boolean;
  /**
   * Just before serving each listed v1 page (2 or later, once each), remove one customer and add a
   * new one, each before the page's first row (already served) or after it: the total stays the
   * same while the rows under the page numbers move.
   */
  shiftRows?: { pages: number[]; remove: 'before' | 'after'; add: 'before' | 'after' };
}

export type MayarSpelling = 'updatedAt' | 'updateAt' | 'mixed';

export interface MayarPaging {
  /** Serve this page size whatever the request asks (the document asks 10 and gets 12). */
  pageSizeOverride?: number;
  /** Cap the page size the way a server protecting itself would. */
  maxPageSize?: number;
  spelling: MayarSpelling;
}

const DEFAULT_PAGE_SIZE = 10;
const V2_MAX_LIMIT = 50;

const message = (statusCode: number, messages: string): FakeResponse => ({ status: statusCode, body: { statusCode, messages } });

/** Fields in the document's order, the update time under the chosen spelling. */
function serialize(record: MayarRecord, spelling: MayarSpelling, index: number) {
  const { id, createdAt, email, mobile, name, status, updatedAt, userId } = record;
  const key = spelling === 'mixed' ? (index % 2 ? 'updateAt' : 'updatedAt') : spelling;
  return { id, createdAt, email, mobile, name, status, [key]: updatedAt, userId };
}

/** A positive whole number, the default when absent, or null when unusable. */
function positive(value: string | null, fallback: number): number | null {
  if (value === null || value === '') return fallback;
  return /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : null;
}

// Ids that sort before or after every generated one, so a shifted-in customer lands where asked.
const shiftedInId = (where: 'before' | 'after', serial: number) =>
  `${where === 'before' ? '00000000-0000-4000-8000' : 'ffffffff-ffff-4fff-bfff'}-${serial.toString(16).padStart(12, '0')}`;

export function mayarRoutes(store: MayarStore, apiKey: string, paging: MayarPaging, faults: MayarFaults, rateLimit?: RateLimit): FakeRoutes {
  const rows = (records: readonly MayarRecord[], start: number) =>
    records.map((record, offset) => withBadFields(faults, serialize(record, paging.spelling, start + offset)));
  const limiter = rateLimit && createRateLimiter(rateLimit);
  const shiftedPages = new Set<number>();

  function shiftRows(page: number, start: number) {
    const shift = faults.shiftRows;
    if (!shift?.pages.includes(page) || page < 2 || shiftedPages.has(page) || start >= store.size) return;
    shiftedPages.add(page);
    const all = store.all();
    const model = all[0]!;
    store.remove((shift.remove === 'before' ? all[start - 1] : all.at(-1))!.id);
    const now = Date.now();
    store.add({ ...model, id: shiftedInId(shift.add, shiftedPages.size), name: `Shifted in ${shiftedPages.size}`, createdAt: now, updatedAt: now });
  }

  function listV1(url: URL): FakeResponse {
    const page = positive(url.searchParams.get('page'), 1);
    const requested = positive(url.searchParams.get('pageSize'), DEFAULT_PAGE_SIZE);
    if (page === null || requested === null) return message(400, 'page and pageSize must be positive integers');
    const pageSize = paging.pageSizeOverride ?? Math.min(requested, paging.maxPageSize ?? Infinity);
    let start = (page - 1) * pageSize;
    shiftRows(page, start);
    const total = store.size;
    const pageCount = Math.ceil(total / pageSize);
    if (faults.overrunPages && page > pageCount && total > 0) start %= total;
    const data = rows(store.all().slice(start, start + pageSize), start);
    const hasMore = faults.endlessPages || faults.overrunPages || page < pageCount;
    return { status: 200, body: { statusCode: 200, messages: 'success', hasMore, pageCount, pageSize, page, totalCustomer: total, data } };
  }

  function listV2(url: URL): FakeResponse {
    const limit = positive(url.searchParams.get('limit'), DEFAULT_PAGE_SIZE);
    if (limit === null) return message(400, 'limit must be a positive integer');
    const after = url.searchParams.get('startingAfter');
    const start = after ? store.indexAfter(after) : 0;
    const slice = store.all().slice(start, start + Math.min(limit, V2_MAX_LIMIT));
    const hasMore = faults.endlessPages || start + slice.length < store.size;
    const nextStartingAfter = hasMore ? (slice.at(-1)?.id ?? after) : null;
    return { status: 200, body: { statusCode: 200, messages: 'success', data: rows(slice, start), hasMore, nextStartingAfter } };
  }

  return {
    throttle(request) {
      const waitMs = limiter?.(request.socket.remoteAddress ?? '') ?? null;
      if (waitMs === null) return null;
      return { ...message(429, STATUS_CODES[429]!), headers: { 'Retry-After': String(Math.max(1, Math.ceil(waitMs / 1000))) } };
    },
    authenticate: (request: IncomingMessage) => (request.headers.authorization === `Bearer ${apiKey}` ? null : message(401, 'Unauthorized')),
    answer(url) {
      if (url.pathname === '/hl/v1/customer') return listV1(url);
      if (url.pathname === '/hl/v2/customers') return listV2(url);
      return null;
    },
    notFound: message(404, 'Not Found'),
    // As its documented 401: `{"statusCode":401,"messages":"Unauthorized"}`.
    errorBody: (status) => ({ statusCode: status, messages: STATUS_CODES[status] ?? 'Error' }),
  };
}
