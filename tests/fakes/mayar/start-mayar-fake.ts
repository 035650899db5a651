import { generateMayarRecords, type MayarRecord } from '../dataset/mayar-records';
import type { Faults } from '../http/faults';
import { startFakeServer, type FakeServer } from '../http/fake-server';
import { mayarRoutes, type MayarSpelling } from './mayar-routes';
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
  faults?: Faults;
}

export interface MayarFake extends FakeServer {
  apiKey: string;
  dataset: MayarStore;
}

export const DEFAULT_MAYAR_FAKE_KEY = 'mayar-fake-key-0123456789';

/** A local Mayar Headless API (`/hl/v1/customer`, `/hl/v2/customers`) on 127.0.0.1. */
export async function startMayarFake(options: MayarFakeOptions = {}): Promise<MayarFake> {
  const apiKey = options.apiKey ?? DEFAULT_MAYAR_FAKE_KEY;
  const faults = options.faults ?? {};
  const dataset = createMayarStore(options.customers ?? generateMayarRecords({ size: options.size ?? 100, seed: options.seed }));
  const paging = { pageSizeOverride: options.pageSizeOverride, maxPageSize: options.maxPageSize, spelling: options.spelling ?? 'updatedAt' };
  const server = await startFakeServer(mayarRoutes(dataset, apiKey, paging, faults), faults, options.port);
  return { ...server, apiKey, dataset };
}
