import { MAX_LIMIT } from '@/lib/customers/list-params';
import { DATASET_EPOCH } from '../dataset/reference-time';
import { generateServiceRecords, type ServiceRecord } from '../dataset/service-records';
import type { Faults } from '../http/faults';
import { startFakeServer, type FakeServer } from '../http/fake-server';
import { serviceRoutes } from './service-routes';
import { createFakeClock, createServiceStore, type FakeClock, type ServiceStore } from './service-store';

export interface CustomerServiceFakeOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** The customers to serve; otherwise `size` generated ones from `seed`. */
  customers?: readonly ServiceRecord[];
  size?: number;
  seed?: number;
  /** The fake's clock starts here (default: the dataset's reference time, so some customers are online). */
  now?: Date;
  /** Let the clock run with real time instead of standing still (for a fake run by hand). */
  ticking?: boolean;
  /** A staff key: accepted. */
  apiKey?: string;
  /** Valid keys of non-staff users: 403. */
  nonStaffKeys?: string[];
  /**
   * DRF's `max_limit`: a larger `limit` is silently cut down to it. The document names no maximum;
   * the default is the portal's own (1000), below the 10,000 CUSTOMERS_PAGE_SIZE allows.
   */
  maxLimit?: number;
  faults?: Faults;
}

export interface CustomerServiceFake extends FakeServer {
  apiKey: string;
  dataset: ServiceStore;
  clock: FakeClock;
}

export const DEFAULT_SERVICE_FAKE_KEY = '9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b';

/** A local customer service (`GET /api/customers`, DRF token auth and pagination) on 127.0.0.1. */
export async function startCustomerServiceFake(options: CustomerServiceFakeOptions = {}): Promise<CustomerServiceFake> {
  const apiKey = options.apiKey ?? DEFAULT_SERVICE_FAKE_KEY;
  const faults = options.faults ?? {};
  const start = options.now ?? DATASET_EPOCH;
  const clock = createFakeClock(start, options.ticking);
  const records = options.customers ?? generateServiceRecords({ size: options.size ?? 100, seed: options.seed, now: start });
  const dataset = createServiceStore(records, clock);
  const keys = { staff: [apiKey], nonStaff: options.nonStaffKeys ?? [] };
  const server = await startFakeServer(serviceRoutes(dataset, keys, clock, faults, options.maxLimit ?? MAX_LIMIT), faults, options.port);
  return { ...server, apiKey, dataset, clock };
}
