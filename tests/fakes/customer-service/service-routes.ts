import type { IncomingMessage } from 'node:http';
import { DEFAULT_LIMIT, parseCustomerListParams } from '@/lib/customers/list-params';
import { withBadFields, type Faults } from '../http/faults';
import type { FakeResponse, FakeRoutes } from '../http/fake-server';
import { readLimitOffset } from './drf-limit-offset';
import { authenticateToken, type TokenKeys } from './drf-token-auth';
import { createServiceQuery } from './query-service-records';
import { serializeServiceCustomer } from './serialize-service-customer';
import type { FakeClock, ServiceStore } from './service-store';

/** DRF LimitOffsetPagination's links: the request's own URL with limit/offset replaced. */
function pageLinks(url: URL, limit: number, offset: number, count: number, endless: boolean) {
  const link = (nextOffset: number | null) => {
    const target = new URL(url);
    target.searchParams.set('limit', String(limit));
    if (nextOffset === null) target.searchParams.delete('offset');
    else target.searchParams.set('offset', String(nextOffset));
    return target.toString();
  };
  return {
    next: endless || offset + limit < count ? link(offset + limit) : null,
    previous: offset <= 0 ? null : link(offset - limit <= 0 ? null : offset - limit),
  };
}

export function serviceRoutes(store: ServiceStore, keys: TokenKeys, clock: FakeClock, faults: Faults, maxLimit: number): FakeRoutes {
  const query = createServiceQuery(store);

  function list(url: URL): FakeResponse {
    // Paging follows DRF (lenient, limit capped); the filters share the portal's parser.
    const { limit, offset } = readLimitOffset(url.searchParams, { defaultLimit: DEFAULT_LIMIT, maxLimit });
    const filters = new URLSearchParams(url.searchParams);
    filters.delete('limit');
    filters.delete('offset');
    const parsed = parseCustomerListParams(filters);
    if (!parsed.ok) return { status: 400, body: parsed.errors };
    const now = clock.now();
    const matching = query(parsed.query, now);
    const results = matching.slice(offset, offset + limit).map((record) => withBadFields(faults, serializeServiceCustomer(record, now)));
    return { status: 200, body: { count: matching.count, ...pageLinks(url, limit, offset, matching.count, Boolean(faults.endlessPages)), results } };
  }

  return {
    authenticate: (request: IncomingMessage) => authenticateToken(request.headers.authorization, keys),
    answer: (url) => (url.pathname.replace(/\/$/, '') === '/api/customers' ? list(url) : null),
    notFound: { status: 404, body: { detail: 'Not found.' } },
    errorBody: (status) =>
      status === 429 ? { detail: 'Request was throttled. Expected available in 1 second.' } : { detail: 'A server error occurred.' },
  };
}
