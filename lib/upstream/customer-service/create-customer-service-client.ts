import 'server-only';
import type { CustomerServiceClientConfig } from '../config';
import type { UpstreamClientOptions } from '../http/client-options';
import { createUpstreamHttp } from '../http/upstream-http';
import { readServiceWatermark } from './read-service-watermark';
import type { ServiceCursor } from './service-cursor';
import { CUSTOMER_SERVICE } from './service-identity';
import { serviceIdRowSchema, serviceRowSchema, type ServiceFilter, type ServicePage } from './service-schemas';
import { walkServiceChanges } from './walk-service-changes';
import { walkServiceFull } from './walk-service-full';

export interface CustomerServiceClient {
  /** Every customer (matching `filter`), in id order. */
  pages(filter?: ServiceFilter): AsyncGenerator<ServicePage>;
  /** Customers changed after `since` (all of them when null), oldest change first; each page carries the cursor to store. */
  changes(since: ServiceCursor | null): AsyncGenerator<ServicePage>;
  /**
   * Ids of the customers matching `filter`, e.g. `{ has_token: 'true' }` or `{ is_online: 'true' }`:
   * how a sync learns facts the list rows do not carry. Stops between pages once `signal` aborts.
   */
  ids(filter: ServiceFilter, signal?: AbortSignal): Promise<number[]>;
  /** Cursor of the most recent change; read it before a full walk (see readServiceWatermark). */
  watermark(): Promise<ServiceCursor | null>;
  /** HTTP requests sent so far, retries included. */
  readonly requestCount: number;
}

export function createCustomerServiceClient(config: CustomerServiceClientConfig, options: UpstreamClientOptions = {}): CustomerServiceClient {
  const http = createUpstreamHttp(
    {
      identity: CUSTOMER_SERVICE,
      baseUrl: config.baseUrl,
      headers: { Authorization: `Token ${config.apiKey}`, Accept: 'application/json' },
      secret: config.apiKey,
      timeoutMs: config.timeoutMs,
      maxRetries: config.maxRetries,
      ratePerMinute: config.ratePerMinute,
    },
    options,
  );
  const pages = (filter: ServiceFilter = {}) => walkServiceFull(http, config.pageSize, serviceRowSchema, filter, options.maxPages);
  return {
    pages,
    changes: (since) => walkServiceChanges(http, config.pageSize, since, options.maxPages),
    async ids(filter, signal) {
      const ids: number[] = [];
      for await (const page of walkServiceFull(http, config.pageSize, serviceIdRowSchema, filter, options.maxPages)) {
        signal?.throwIfAborted();
        for (const row of page.rows) ids.push(row.id);
      }
      return ids;
    },
    watermark: () => readServiceWatermark(http),
    get requestCount() {
      return http.requestCount;
    },
  };
}
