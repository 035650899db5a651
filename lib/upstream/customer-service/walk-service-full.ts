import 'server-only';
import type { z } from 'zod';
import { DEFAULT_MAX_PAGES } from '../http/client-options';
import { requestAhead } from '../http/request-ahead';
import type { UpstreamHttp } from '../http/upstream-http';
import { invalidResponse, parseEnvelope } from '../parse-envelope';
import { validateRows } from '../validate-rows';
import { CUSTOMER_SERVICE } from './service-identity';
import { serviceEnvelopeSchema, type ServiceFilter, type ServicePage } from './service-schemas';

export const CUSTOMERS_PATH = '/api/customers';

function rawIdOf(raw: unknown): number | null {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'number' && Number.isInteger(id) ? id : null;
}

/**
 * Every customer matching `filter` (each row checked against `rowSchema`), by id keyset
 * (`ordering=id&id_min=<last id + 1>`) rather than offsets: a customer deleted while we page
 * cannot shift the next page past a row. `next` only says whether more rows follow. A page may hold fewer rows than `pageSize` (DRF caps
 * `limit` at its max_limit), which is why the next page starts after the last id returned.
 * Each next page is requested ahead (see request-ahead.ts).
 */
export async function* walkServiceFull<Row>(
  http: UpstreamHttp,
  pageSize: number,
  rowSchema: z.ZodType<Row>,
  filter: ServiceFilter = {},
  maxPages = DEFAULT_MAX_PAGES,
): AsyncGenerator<ServicePage<Row>> {
  const request = (idMin: number | undefined, context: { page: number }) =>
    http.getJson(CUSTOMERS_PATH, { ...filter, ordering: 'id', limit: pageSize, id_min: idMin }, context);
  let idMin: number | undefined;
  let total: number | undefined;
  let response = requestAhead(() => request(idMin, { page: 1 }));

  for (let page = 1; ; page++) {
    const context = { page };
    const envelope = parseEnvelope(serviceEnvelopeSchema, await response, CUSTOMER_SERVICE, context);
    total ??= envelope.count;
    if (envelope.next !== null) {
      response = requestAhead(() => {
        idMin = nextIdMin(envelope.results, idMin, page, maxPages, context);
        return request(idMin, { page: page + 1 });
      });
    }

    yield { page, ...validateRows(envelope.results, rowSchema), total, cursor: null, requests: http.requestCount };

    if (envelope.next === null) return;
  }
}

/** Where the page after `results` starts, or why the walk cannot go on. */
function nextIdMin(results: readonly unknown[], idMin: number | undefined, page: number, maxPages: number, context: { page: number }): number {
  const ids = results.map(rawIdOf).filter((id): id is number => id !== null);
  if (results.length === 0) throw invalidResponse(CUSTOMER_SERVICE, context, 'announced a next page but sent an empty one.');
  if (ids.length === 0) throw invalidResponse(CUSTOMER_SERVICE, context, 'sent a page without a single readable id.');
  const lastId = ids.reduce((highest, id) => Math.max(highest, id));
  if (idMin !== undefined && lastId < idMin) {
    throw invalidResponse(CUSTOMER_SERVICE, context, `ignored id_min=${idMin} (its highest id was ${lastId}); the walk would never end.`);
  }
  if (page >= maxPages) throw invalidResponse(CUSTOMER_SERVICE, context, `still announced a next page after ${maxPages} pages.`);
  return lastId + 1;
}
