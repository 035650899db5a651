import 'server-only';
import { DEFAULT_MAX_PAGES } from '../http/client-options';
import { requestAhead } from '../http/request-ahead';
import type { UpstreamHttp } from '../http/upstream-http';
import { invalidResponse, parseEnvelope } from '../parse-envelope';
import { validateRows } from '../validate-rows';
import { MAYAR } from './mayar-identity';
import { MAYAR_V2_MAX_LIMIT, mayarRowSchema, mayarV2EnvelopeSchema, type MayarPage, type MayarV2Envelope } from './mayar-schemas';

/**
 * `GET /hl/v2/customers?limit=&startingAfter=`: cursor pages, at most 50 rows each. A cursor
 * that repeats or goes missing while `hasMore` is true ends the walk with an error, not a loop.
 * Each next page is requested ahead (see request-ahead.ts).
 */
export async function* walkMayarV2(http: UpstreamHttp, pageSize: number, maxPages = DEFAULT_MAX_PAGES): AsyncGenerator<MayarPage> {
  const limit = Math.min(pageSize, MAYAR_V2_MAX_LIMIT);
  const request = (startingAfter: string | undefined, page: number) => http.getJson('/hl/v2/customers', { limit, startingAfter }, { page });
  const cursors = new Set<string>();
  let response = requestAhead(() => request(undefined, 1));

  for (let page = 1; ; page++) {
    const context = { page };
    const envelope = parseEnvelope(mayarV2EnvelopeSchema, await response, MAYAR, context);
    if (envelope.hasMore) {
      response = requestAhead(() => {
        const next = nextCursor(envelope, cursors, page, maxPages, context);
        cursors.add(next);
        return request(next, page + 1);
      });
    }

    yield {
      page,
      ...validateRows(envelope.data, mayarRowSchema),
      requestedPageSize: limit,
      effectivePageSize: envelope.data.length,
      totalChanged: false,
      requests: http.requestCount,
    };

    if (!envelope.hasMore) return;
  }
}

function nextCursor(envelope: MayarV2Envelope, cursors: ReadonlySet<string>, page: number, maxPages: number, context: { page: number }): string {
  const next = envelope.nextStartingAfter;
  if (envelope.data.length === 0) throw invalidResponse(MAYAR, context, 'said hasMore: true but sent an empty page.');
  if (!next) throw invalidResponse(MAYAR, context, 'said hasMore: true without a nextStartingAfter cursor.');
  if (cursors.has(next)) throw invalidResponse(MAYAR, context, `sent the cursor ${next} a second time; the walk would never end.`);
  if (page >= maxPages) throw invalidResponse(MAYAR, context, `still said hasMore: true after ${maxPages} pages.`);
  return next;
}
