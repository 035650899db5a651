import 'server-only';
import type { CustomerServiceClient } from '@/lib/upstream/customer-service/create-customer-service-client';
import { formatServiceCursor, parseServiceCursor } from '@/lib/upstream/customer-service/service-cursor';
import type { ServicePage } from '@/lib/upstream/customer-service/service-schemas';
import { mapCustomerServiceCustomer } from './map-customer-service-customer';
import type { PassOutcome, SourcePage, SyncSource } from './types';

const UNFINISHED: PassOutcome = { tombstoneBlocker: 'The pass did not reach its end.', cursor: null };

/**
 * Full pass: every customer by id keyset, after reading the newest change as a watermark, which
 * becomes the cursor of the next incremental run (a change made during the walk is newer than it).
 * Incremental pass: `updated_from` + `ordering=updated_at,id` from the stored cursor, which
 * advances with every committed page.
 */
export function createCustomerServiceSource(client: CustomerServiceClient): SyncSource {
  return {
    name: 'customers',
    customerSource: 'CUSTOMER_SERVICE',
    modes: ['FULL', 'INCREMENTAL'],
    openPass({ mode, cursor }) {
      let outcome = UNFINISHED;
      async function* full(): AsyncGenerator<SourcePage> {
        const watermark = await client.watermark();
        for await (const page of client.pages()) yield toSourcePage(page);
        outcome = { tombstoneBlocker: null, cursor: watermark && formatServiceCursor(watermark) };
      }
      async function* incremental(): AsyncGenerator<SourcePage> {
        const since = parseServiceCursor(cursor);
        if (!since) throw new Error(`The stored customer-service cursor ${JSON.stringify(cursor)} is unreadable; run a full sync.`);
        for await (const page of client.changes(since)) yield toSourcePage(page);
        outcome = { tombstoneBlocker: 'An incremental pass reads only changed customers.', cursor: null };
      }
      return { pages: mode === 'INCREMENTAL' ? incremental() : full(), outcome: () => outcome };
    },
    async readTokenFlags(signal) {
      const [withToken, online] = await Promise.all([client.ids({ has_token: 'true' }, signal), client.ids({ is_online: 'true' }, signal)]);
      return { withToken: new Set(withToken.map(String)), online: new Set(online.map(String)) };
    },
    get requestCount() {
      return client.requestCount;
    },
  };
}

function toSourcePage(page: ServicePage): SourcePage {
  return {
    page: page.page,
    rows: page.rows.map(mapCustomerServiceCustomer),
    invalid: page.invalid.map((row) => ({ page: page.page, upstreamId: row.upstreamId ?? null, reason: row.reason })),
    upstreamTotal: page.total ?? null,
    requests: page.requests,
    cursor: page.cursor && formatServiceCursor(page.cursor),
  };
}
