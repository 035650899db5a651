import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSyncSchedule } from '@/lib/sync/schedule';
import { startCustomerServiceFake, type CustomerServiceFake } from '@/tests/fakes/customer-service/start-customer-service-fake';
import { startMayarFake, type MayarFake } from '@/tests/fakes/mayar/start-mayar-fake';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { fakeConfig } from './support/sync-harness';

let database: TestDatabase;
let mayar: MayarFake;
let customers: CustomerServiceFake;

beforeAll(async () => {
  database = await createTestDatabase();
  mayar = await startMayarFake({ size: 120, seed: 71 });
  customers = await startCustomerServiceFake({ size: 90, seed: 72 });
});
afterAll(async () => {
  await Promise.all([mayar.close(), customers.close()]);
  await database.drop();
});

const runs = () => database.db.syncRun.findMany({ orderBy: { id: 'asc' }, select: { source: true, mode: true, status: true, trigger: true } });

describe('startSyncSchedule', () => {
  it('syncs every configured source each interval (a full pass when none is recent), until stopped', async () => {
    const settings = { intervalMinutes: 0.005, leaseSeconds: 30, batchSize: 100 };
    const stop = startSyncSchedule({ db: database.db, config: fakeConfig({ mayar, customers }, 50), settings });
    await vi.waitFor(async () => expect((await runs()).filter((run) => run.trigger === 'schedule' && run.status !== 'RUNNING').length).toBeGreaterThanOrEqual(4), {
      timeout: 20_000,
      interval: 100,
    });
    stop();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const scheduled = (await runs()).filter((run) => run.trigger === 'schedule');
    const settled = scheduled.length;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await runs()).filter((run) => run.trigger === 'schedule')).toHaveLength(settled);

    expect(scheduled.every((run) => run.status === 'SUCCEEDED')).toBe(true);
    const customerModes = scheduled.filter((run) => run.source === 'CUSTOMER_SERVICE').map((run) => run.mode);
    expect(customerModes[0]).toBe('FULL');
    expect(customerModes.slice(1)).toContain('INCREMENTAL');
    expect(scheduled.filter((run) => run.source === 'MAYAR').every((run) => run.mode === 'FULL')).toBe(true);
  });
});
