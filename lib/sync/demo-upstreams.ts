/**
 * Demo mode: when the environment configures no upstream at all, both bundled fakes are started
 * in this process on free ports, and the environment entries that point the clients at them are
 * returned. As soon as one upstream is configured there is no demo, so fake customers never mix
 * with real ones. Scripts only (`scripts/start.ts`, `scripts/setup.ts`, `scripts/sync.ts`): the fakes
 * must never be imported from anything under app/.
 */
import { readUpstreamConfig } from '@/lib/upstream/config';
import { startCustomerServiceFake } from '@/tests/fakes/customer-service/start-customer-service-fake';
import { startMayarFake } from '@/tests/fakes/mayar/start-mayar-fake';
import { DEMO_SOURCES_VARIABLE_NAME } from './demo-sources';
import type { SyncSourceName } from './types';


export interface DemoUpstreamOptions {
  /** Default: the document's example total. */
  mayarSize?: number;
  customersSize?: number;
  /** The same seed gives the same customers on every start, so a restart is a no-change sync. */
  seed?: number;
  env?: Record<string, string | undefined>;
}

export interface DemoUpstreams {
  /** Merge into the environment of whatever syncs (empty when an upstream is configured). */
  env: Record<string, string>;
  sources: SyncSourceName[];
  close(): Promise<void>;
}

export async function startDemoUpstreams(options: DemoUpstreamOptions = {}): Promise<DemoUpstreams> {
  const configured = readUpstreamConfig(options.env ?? process.env);
  if (configured.mayar || configured.customerService) return { env: {}, sources: [], close: async () => undefined };

  const seed = options.seed ?? 1;
  const mayar = await startMayarFake({ size: options.mayarSize ?? 1_176, seed });
  const customers = await startCustomerServiceFake({ size: options.customersSize ?? 1_000, seed });
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
