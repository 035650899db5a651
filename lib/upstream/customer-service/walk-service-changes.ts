import 'server-only';
import { DEFAULT_MAX_PAGES } from '../http/client-options';
import type { UpstreamHttp } from '../http/upstream-http';
import { invalidResponse, parseEnvelope } from '../parse-envelope';
import { validateRows } from '../validate-rows';
import { comparePositions, positionOf, toPosition, type RowPosition, type ServiceCursor } from './service-cursor';
import { CUSTOMER_SERVICE } from './service-identity';
import { serviceEnvelopeSchema, serviceRowSchema, type ServicePage } from './service-schemas';
import { CUSTOMERS_PATH } from './walk-service-full';

/**
 * Customers changed since `since`, oldest change first: `ordering=updated_at,id&updated_from=<cursor>`,
 * keeping only rows after the cursor in (updated_at, id) order. A row updated while we page gets
 * a newer updated_at and is met again later; duplicates are the caller's to collapse.
 *
 * Many rows can share one updated_at (a bulk update), more than a page holds. Then the next
 * request also skips, by `offset`, rows already taken at the cursor's instant, keeping one of
 * them as an anchor: if the anchor is not the first row returned, rows moved under us and the
 * offset is halved until it is, so no row is ever skipped.
 */
export async function* walkServiceChanges(
  http: UpstreamHttp,
  pageSize: number,
  since: ServiceCursor | null,
  maxRequests = DEFAULT_MAX_PAGES,
): AsyncGenerator<ServicePage> {
  // An anchor row plus progress needs at least two rows a page.
  const limit = Math.max(2, pageSize);
  let cursor: RowPosition | null = since ? toPosition(since) : null;
  if (since && !cursor) throw new TypeError(`Not a customer-service cursor: ${JSON.stringify(since)}`);
  let offset = 0;
  let total: number | undefined;
  let page = 0;

  for (let request = 1; ; request++) {
    const context = { page: page + 1, offset };
    if (request > maxRequests) throw invalidResponse(CUSTOMER_SERVICE, context, `still had changes after ${maxRequests} requests.`);
    const params = { ordering: 'updated_at,id', limit, offset: offset || undefined, updated_from: cursor?.updatedAt };
    const envelope = parseEnvelope(serviceEnvelopeSchema, await http.getJson(CUSTOMERS_PATH, params, context), CUSTOMER_SERVICE, context);
    const positions = envelope.results.map(positionOf);

    const anchor = positions[0];
    if (offset > 0 && (!anchor || !cursor || comparePositions(anchor, cursor) > 0)) {
      offset = Math.floor(offset / 2);
      continue;
    }

    total ??= envelope.count;
    const previous = cursor;
    const isNew = (index: number) => {
      const position = positions[index];
      return !previous || !position || comparePositions(position, previous) > 0;
    };
    const { rows, invalid } = validateRows(envelope.results, serviceRowSchema, isNew);
    const last = positions.findLast((position): position is RowPosition => position !== null);
    if (last && (!cursor || comparePositions(last, cursor) > 0)) cursor = last;
    page++;
    yield { page, rows, invalid, total, cursor: cursor && { updatedAt: cursor.updatedAt, id: cursor.id }, requests: http.requestCount };

    if (envelope.next === null) return;
    if (!last || !cursor) throw invalidResponse(CUSTOMER_SERVICE, context, 'announced a next page but sent no row with a readable id and updated_at.');
    // Rows at or before the cursor that the next request can skip, minus one kept as the anchor.
    const sameWindow = previous !== null && previous.micros === cursor.micros;
    const atCursorInstant = positions.filter((position) => position?.micros === cursor!.micros).length;
    const nextOffset = (sameWindow ? offset + envelope.results.length : atCursorInstant) - 1;
    if (cursor === previous && nextOffset <= offset) {
      throw invalidResponse(CUSTOMER_SERVICE, context, 'announced more changes but sent none past the cursor; the walk would never end.');
    }
    offset = nextOffset;
  }
}
