import 'server-only';
import { DEFAULT_MAX_PAGES } from '../http/client-options';
import type { UpstreamHttp } from '../http/upstream-http';
import { invalidResponse, parseEnvelope } from '../parse-envelope';
import { validateRows } from '../validate-rows';
import { CUSTOMER_SERVICE } from './service-identity';
import { serviceEnvelopeSchema, serviceRowSchema, type ServiceFilter, type ServicePage } from './service-schemas';

export const CUSTOMERS_PATH = '/api/customers';

function rawIdOf(raw: unknown): number | null {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'number' && Number.isInteger(id) ? id : null;
}

/**
 * Every customer matching `filter`, by id keyset (`ordering=id&id_min=<last id + 1>`) rather
 * than offsets: a customer deleted while we page cannot shift the next page past a row.
 * `next` only says whether more rows follow. A page may hold fewer rows than `pageSize` (DRF caps
 * `limit` at its max_limit), which is why the next page starts after the last id returned.
 */
export async function* walkServiceFull(
  http: UpstreamHttp,
  pageSize: number,
  filter: ServiceFilter = {},
  maxPages = DEFAULT_MAX_PAGES,
): AsyncGenerator<ServicePage> {
  let idMin: number | undefined;
  let total: number | undefined;

  for (let page = 1; ; page++) {
    const context = { page };
    const body = await http.getJson(CUSTOMERS_PATH, { ...filter, ordering: 'id', limit: pageSize, id_min: idMin }, context);
    const envelope = parseEnvelope(serviceEnvelopeSchema, body, CUSTOMER_SERVICE, context);
    total ??= envelope.count;

    yield { page, ...validateRows(envelope.results, serviceRowSchema), total, cursor: null, requests: http.requestCount };

    if (envelope.next === null) return;
    const ids = envelope.results.map(rawIdOf).filter((id): id is number => id !== null);
    if (envelope.results.length === 0) throw invalidResponse(CUSTOMER_SERVICE, context, 'announced a next page but sent an empty one.');
    if (ids.length === 0) throw invalidResponse(CUSTOMER_SERVICE, context, 'sent a page without a single readable id.');
    const lastId = ids.reduce((highest, id) => Math.max(highest, id));
    if (idMin !== undefined && lastId < idMin) {
      throw invalidResponse(CUSTOMER_SERVICE, context, `ignored id_min=${idMin} (its highest id was ${lastId}); the walk would never end.`);
    }
    if (page >= maxPages) throw invalidResponse(CUSTOMER_SERVICE, context, `still announced a next page after ${maxPages} pages.`);
    idMin = lastId + 1;
  }
}
