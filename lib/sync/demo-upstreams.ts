/**
 * Demo mode: both bundled fakes started in this process on free ports, and the environment
 * entries that point the clients at them. Only `resolve-upstreams.ts` calls this, and only when
 * no upstream is configured at all, so fake customers never mix with real ones. The fakes must
 * never be imported from anything under app/.
 */
import { startCustomerServiceFake } from '@/tests/fakes/customer-service/start-customer-service-fake';
import { startMayarFake } from '@/tests/fakes/mayar/start-mayar-fake';
import { DEMO_SOURCES_VARIABLE_NAME } from './demo-sources';
import type { SyncSourceName } from './types';

/** A few hundred customers from each source: enough to page, filter and search, quick to sync. */
const DEMO_SIZE = 300;

export interface DemoUpstreamOptions {
  mayarSize?: number;
  customersSize?: number;
  /** The same seed gives the same customers on every start, so a restart is a no-change sync. */
  seed?: number;
}

export interface DemoUpstreams {
  /** Merge into the environment of whatever syncs. */
  env: Record<string, string>;
  sources: SyncSourceName[];
  close(): Promise<void>;
}

export async function startDemoUpstreams(options: DemoUpstreamOptions = {}): Promise<DemoUpstreams> {
  const seed = options.seed ?? 1;
  const mayar = await startMayarFake({ size: options.mayarSize ?? DEMO_SIZE, seed });
  const customers = await startCustomerServiceFake({ size: options.customersSize ?? DEMO_SIZE, seed });
  const sources: SyncSourceName[] = ['mayar', 'customers'];
  return {
    env: {
      MAYAR_API_BASE_URL: mayar.url,
      MAYAR_API_KEY: mayar.apiKey,
      // The fake does not rate-limit; pacing a demo at Mayar's 20 a minute would only slow it.
      MAYAR_RATE_LIMIT_PER_MINUTE: '0',
      CUSTOMERS_API_BASE_URL: customers.url,
      CUSTOMERS_API_KEY: customers.apiKey,
      [DEMO_SOURCES_VARIABLE_NAME]: sources.join(','),
    },
    sources,
    close: async () => void (await Promise.all([mayar.close(), customers.close()])),
  };
}
