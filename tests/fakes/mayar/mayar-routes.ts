import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { MayarRecord } from '../dataset/mayar-records';
import { withBadFields, type Faults } from '../http/faults';
import type { FakeResponse, FakeRoutes } from '../http/fake-server';
import type { MayarStore } from './mayar-store';

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

export function mayarRoutes(store: MayarStore, apiKey: string, paging: MayarPaging, faults: Faults): FakeRoutes {
  const rows = (records: readonly MayarRecord[], start: number) =>
    records.map((record, offset) => withBadFields(faults, serialize(record, paging.spelling, start + offset)));

  function listV1(url: URL): FakeResponse {
    const page = positive(url.searchParams.get('page'), 1);
    const requested = positive(url.searchParams.get('pageSize'), DEFAULT_PAGE_SIZE);
    if (page === null || requested === null) return message(400, 'page and pageSize must be positive integers');
    const pageSize = paging.pageSizeOverride ?? Math.min(requested, paging.maxPageSize ?? Infinity);
    const total = store.size;
    const pageCount = Math.ceil(total / pageSize);
    const start = (page - 1) * pageSize;
    const data = rows(store.all().slice(start, start + pageSize), start);
    const hasMore = faults.endlessPages || page < pageCount;
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
