import 'server-only';
import { DEFAULT_MAX_PAGES } from '../http/client-options';
import type { UpstreamHttp } from '../http/upstream-http';
import { invalidResponse, parseEnvelope } from '../parse-envelope';
import { validateRows } from '../validate-rows';
import { MAYAR } from './mayar-identity';
import { MAYAR_V2_MAX_LIMIT, mayarRowSchema, mayarV2EnvelopeSchema, type MayarPage } from './mayar-schemas';

/**
 * `GET /hl/v2/customers?limit=&startingAfter=`: cursor pages, at most 50 rows each. A cursor
 * that repeats or goes missing while `hasMore` is true ends the walk with an error, not a loop.
 */
export async function* walkMayarV2(http: UpstreamHttp, pageSize: number, maxPages = DEFAULT_MAX_PAGES): AsyncGenerator<MayarPage> {
  const limit = Math.min(pageSize, MAYAR_V2_MAX_LIMIT);
  const cursors = new Set<string>();
  let startingAfter: string | undefined;

  for (let page = 1; ; page++) {
    const context = { page };
    const body = await http.getJson('/hl/v2/customers', { limit, startingAfter }, context);
    const envelope = parseEnvelope(mayarV2EnvelopeSchema, body, MAYAR, context);

    yield {
      page,
      ...validateRows(envelope.data, mayarRowSchema),
      requestedPageSize: limit,
      effectivePageSize: envelope.data.length,
      totalChanged: false,
      requests: http.requestCount,
    };

    if (!envelope.hasMore) return;
    const next = envelope.nextStartingAfter;
    if (envelope.data.length === 0) throw invalidResponse(MAYAR, context, 'said hasMore: true but sent an empty page.');
    if (!next) throw invalidResponse(MAYAR, context, 'said hasMore: true without a nextStartingAfter cursor.');
    if (cursors.has(next)) throw invalidResponse(MAYAR, context, `sent the cursor ${next} a second time; the walk would never end.`);
    if (page >= maxPages) throw invalidResponse(MAYAR, context, `still said hasMore: true after ${maxPages} pages.`);
    cursors.add(next);
    startingAfter = next;
  }
}
