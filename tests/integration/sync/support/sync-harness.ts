/** Real fakes over HTTP, clients with fast retries, and a sync with small pages, for the sync tests. */
import type { Db } from '@/lib/db/client';
import type { SyncMode } from '@/lib/db/types';
import { createSyncSource } from '@/lib/sync/create-sync-source';
import { runSync, startSync, type SyncRequest } from '@/lib/sync/run-sync';
import type { SyncSource, SyncSourceName } from '@/lib/sync/types';
import type { UpstreamConfig } from '@/lib/upstream/config';
import type { FakeServer } from '@/tests/fakes/http/fake-server';

export const FAST_CLIENT_OPTIONS = { backoff: { baseMs: 1, capMs: 5 }, maxRetryAfterMs: 5_000 };

export function fakeConfig(fakes: { mayar?: FakeServer & { apiKey: string }; customers?: FakeServer & { apiKey: string } }, pageSize = 500): UpstreamConfig {
  const shared = { pageSize, ratePerMinute: 0, timeoutMs: 2_000, maxRetries: 4 };
  return {
    mayar: fakes.mayar ? { baseUrl: fakes.mayar.url, apiKey: fakes.mayar.apiKey, version: 'v1', ...shared } : null,
    customerService: fakes.customers ? { baseUrl: fakes.customers.url, apiKey: fakes.customers.apiKey, ...shared } : null,
  };
}

export function sourceFor(name: SyncSourceName, config: UpstreamConfig): SyncSource {
  const source = createSyncSource(name, config, FAST_CLIENT_OPTIONS);
  if (!source) throw new Error(`${name} is not configured`);
  return source;
}

export type TestSyncOptions = Partial<Omit<SyncRequest, 'source'>>;

function request(source: SyncSource, mode: SyncMode, options: TestSyncOptions): SyncRequest {
  return { source, mode, trigger: 'cli', settings: { leaseSeconds: 30, batchSize: 200 }, ...options };
}

export function syncOnce(db: Db, name: SyncSourceName, config: UpstreamConfig, mode: SyncMode = 'FULL', options: TestSyncOptions = {}) {
  return runSync(db, request(sourceFor(name, config), mode, options));
}

export function startSyncOnce(db: Db, name: SyncSourceName, config: UpstreamConfig, mode: SyncMode = 'FULL', options: TestSyncOptions = {}) {
  return startSync(db, request(sourceFor(name, config), mode, options));
}
