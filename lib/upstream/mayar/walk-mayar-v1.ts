import 'server-only';
import { DEFAULT_MAX_PAGES } from '../http/client-options';
import { requestAhead } from '../http/request-ahead';
import type { UpstreamHttp } from '../http/upstream-http';
import { invalidResponse, parseEnvelope } from '../parse-envelope';
import { validateRows } from '../validate-rows';
import { MAYAR } from './mayar-identity';
import { mayarRowSchema, mayarV1EnvelopeSchema, type MayarPage, type MayarV1Envelope } from './mayar-schemas';

/**
 * `GET /hl/v1/customer?page=&pageSize=`, page after page until `hasMore: false`. The server may
 * use another page size than asked (the document asks 10 and gets 12), so the walk follows `page`
 * and `hasMore` and never computes offsets itself.
 *
 * Page numbers are offsets underneath, so customers added or removed mid-walk move rows across
 * page boundaries. A moved total sets `totalChanged`; a row pushed onto the next page repeats, so
 * fewer distinct ids than `total` arrive. But a removal before the next page balanced by an
 * addition after it skips one customer with every count intact: one v1 pass cannot prove that
 * nobody was skipped, so the sync looks for the customers a pass missed in a second listing
 * before it tombstones them (the client's `pagesMaySkip`). Each next page is requested ahead
 * (see request-ahead.ts).
 */
export async function* walkMayarV1(http: UpstreamHttp, pageSize: number, maxPages = DEFAULT_MAX_PAGES): AsyncGenerator<MayarPage> {
  const request = (page: number) => http.getJson('/hl/v1/customer', { page, pageSize }, { page });
  let firstTotal: number | undefined;
  let totalChanged = false;
  let response = requestAhead(() => request(1));

  for (let page = 1; ; page++) {
    const context = { page };
    const envelope = parseEnvelope(mayarV1EnvelopeSchema, await response, MAYAR, context);
    if (envelope.page !== page) throw invalidResponse(MAYAR, context, `answered page ${envelope.page} when asked for page ${page}.`);

    firstTotal ??= envelope.totalCustomer;
    if (envelope.totalCustomer !== firstTotal) totalChanged = true;
    if (envelope.hasMore) {
      response = requestAhead(() => {
        checkFollowable(envelope, page, maxPages, context);
        return request(page + 1);
      });
    }

    yield {
      page,
      ...validateRows(envelope.data, mayarRowSchema),
      total: envelope.totalCustomer,
      requestedPageSize: pageSize,
      effectivePageSize: envelope.pageSize,
      totalChanged,
      requests: http.requestCount,
    };

    if (!envelope.hasMore) return;
  }
}

function checkFollowable(envelope: MayarV1Envelope, page: number, maxPages: number, context: { page: number }): void {
  if (envelope.data.length === 0) throw invalidResponse(MAYAR, context, 'said hasMore: true but sent an empty page.');
  // One page of slack past what pageCount / totalCustomer promise, then a server that keeps
  // saying hasMore: true is reported instead of followed forever.
  const promised = Math.max(envelope.pageCount, Math.ceil(envelope.totalCustomer / Math.max(1, envelope.pageSize)));
  if (page > promised || page >= maxPages) {
    throw invalidResponse(
      MAYAR,
      context,
      `still said hasMore: true on page ${page}, past its pageCount ${envelope.pageCount} (totalCustomer ${envelope.totalCustomer}, pageSize ${envelope.pageSize}).`,
    );
  }
}
