import 'server-only';
import type { MayarClientConfig } from '../config';
import type { UpstreamClientOptions } from '../http/client-options';
import { createUpstreamHttp } from '../http/upstream-http';
import { MAYAR } from './mayar-identity';
import { mayarBodyStatus, type MayarPage } from './mayar-schemas';
import { walkMayarV1 } from './walk-mayar-v1';
import { walkMayarV2 } from './walk-mayar-v2';

export interface MayarClient {
  /** Every customer, page by page, through the API version the configuration selects. */
  pages(): AsyncGenerator<MayarPage>;
  /**
   * v1's numbered pages can skip a customer when one is removed before it and another added
   * after it during the walk: the total stays the same, so no count shows the gap.
   */
  readonly pagesMaySkip: boolean;
  /** HTTP requests sent so far, retries included. */
  readonly requestCount: number;
}

export function createMayarClient(config: MayarClientConfig, options: UpstreamClientOptions = {}): MayarClient {
  const http = createUpstreamHttp(
    {
      identity: MAYAR,
      baseUrl: config.baseUrl,
      headers: { Authorization: `Bearer ${config.apiKey}`, Accept: 'application/json' },
      secret: config.apiKey,
      timeoutMs: config.timeoutMs,
      maxRetries: config.maxRetries,
      ratePerMinute: config.ratePerMinute,
      bodyStatus: mayarBodyStatus,
    },
    options,
  );
  return {
    pages: () => (config.version === 'v2' ? walkMayarV2 : walkMayarV1)(http, config.pageSize, options.maxPages),
    pagesMaySkip: config.version !== 'v2',
    get requestCount() {
      return http.requestCount;
    },
  };
}
