import 'server-only';
import { upstreamConfig, type UpstreamConfig } from '@/lib/upstream/config';
import { createCustomerServiceClient } from '@/lib/upstream/customer-service/create-customer-service-client';
import type { UpstreamClientOptions } from '@/lib/upstream/http/client-options';
import { createMayarClient } from '@/lib/upstream/mayar/create-mayar-client';
import { createCustomerServiceSource } from './customer-service-source';
import { createMayarSource } from './mayar-source';
import type { SyncSource, SyncSourceName } from './types';

/** A fresh client for one sync of the named source, or null when that upstream is not configured. */
export function createSyncSource(
  name: SyncSourceName,
  config: UpstreamConfig = upstreamConfig(),
  options: UpstreamClientOptions = {},
): SyncSource | null {
  if (name === 'mayar') return config.mayar && createMayarSource(createMayarClient(config.mayar, options));
  return config.customerService && createCustomerServiceSource(createCustomerServiceClient(config.customerService, options));
}
