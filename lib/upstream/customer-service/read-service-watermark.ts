import 'server-only';
import type { UpstreamHttp } from '../http/upstream-http';
import { parseEnvelope } from '../parse-envelope';
import { positionOf, type ServiceCursor } from './service-cursor';
import { CUSTOMER_SERVICE } from './service-identity';
import { serviceEnvelopeSchema } from './service-schemas';
import { CUSTOMERS_PATH } from './walk-service-full';

/**
 * The most recently updated customer, as a cursor. Read it BEFORE a full walk and continue with
 * incremental walks from it: a change made while the full walk ran is newer than it, so the next
 * incremental walk sees it even if the full walk had already passed that customer's id.
 */
export async function readServiceWatermark(http: UpstreamHttp): Promise<ServiceCursor | null> {
  const context = { page: 1 };
  const body = await http.getJson(CUSTOMERS_PATH, { ordering: '-updated_at,-id', limit: 1 }, context);
  const newest = positionOf(parseEnvelope(serviceEnvelopeSchema, body, CUSTOMER_SERVICE, context).results[0]);
  return newest && { updatedAt: newest.updatedAt, id: newest.id };
}
