import { generateMayarRecords, type MayarRecord } from '../dataset/mayar-records';
import { startFakeServer, type FakeServer } from '../http/fake-server';
import type { RateLimit } from '../http/rate-limiter';
import { mayarRoutes, type MayarFaults, type MayarSpelling } from './mayar-routes';
import { createMayarStore, type MayarStore } from './mayar-store';

export interface MayarFakeOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** The customers to serve; otherwise `size` generated ones from `seed`. */
  customers?: readonly MayarRecord[];
  size?: number;
  seed?: number;
  apiKey?: string;
  pageSizeOverride?: number;
  maxPageSize?: number;
  spelling?: MayarSpelling;
  faults?: MayarFaults;
  /**
   * Enforce a rate limit per client IP, answering 429 with `Retry-After` (Mayar documents 20 a
   * minute). Off unless asked: benchmarks and demo mode run unpaced against the fake, and tests
   * that pace on a virtual clock must hand the limiter the same clock.
   */
  rateLimit?: RateLimit;
}

export interface MayarFake extends FakeServer {
  apiKey: string;
  dataset: MayarStore;
  faults: MayarFaults;
}

/** Mayar's documented rate limit: 20 requests a minute per IP. */
export const MAYAR_RATE_LIMIT_PER_MINUTE = 20;

export const DEFAULT_MAYAR_FAKE_KEY = 'mayar-fake-key-0123456789';

/** A local Mayar Headless API (`/hl/v1/customer`, `/hl/v2/customers`) on 127.0.0.1. */
export async function startMayarFake(options: MayarFakeOptions = {}): Promise<MayarFake> {
  const apiKey = options.apiKey ?? DEFAULT_MAYAR_FAKE_KEY;
  const faults: MayarFaults = options.faults ?? {};
  const dataset = createMayarStore(options.customers ?? generateMayarRecords({ size: options.size ?? 100, seed: options.seed }));
  const paging = { pageSizeOverride: options.pageSizeOverride, maxPageSize: options.maxPageSize, spelling: options.spelling ?? 'updatedAt' };
  const server = await startFakeServer(mayarRoutes(dataset, apiKey, paging, faults, options.rateLimit), faults, options.port);
  return { ...server, apiKey, dataset, faults };
}
