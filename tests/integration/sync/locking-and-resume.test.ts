import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireLease } from '@/lib/sync/lease';
import { SyncAlreadyRunningError } from '@/lib/sync/sync-errors';
import { startCustomerServiceFake, type CustomerServiceFake } from '@/tests/fakes/customer-service/start-customer-service-fake';
import { startMayarFake, type MayarFake } from '@/tests/fakes/mayar/start-mayar-fake';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { expectedFromMayar, expectedFromService, readMirror, sortedById } from './support/expected-mirror';
import { spawnSyncChild } from './support/spawn-sync-child';
import { fakeConfig, startSyncOnce, syncOnce } from './support/sync-harness';

let database: TestDatabase;
let mayar: MayarFake;
let customers: CustomerServiceFake;
const LEASE_SECONDS = 2;

beforeAll(async () => {
  database = await createTestDatabase();
  mayar = await startMayarFake({ size: 600, seed: 41 });
  customers = await startCustomerServiceFake({ size: 600, seed: 42 });
});
afterAll(async () => {
  await Promise.all([mayar.close(), customers.close()]);
  await database.drop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function expectNoDuplicates() {
  const rows = await database.db.customer.findMany({ select: { source: true, upstreamId: true } });
  expect(new Set(rows.map((row) => `${row.source}:${row.upstreamId}`)).size).toBe(rows.length);
}

describe('exactly one sync per source', () => {
  it('of two syncs started together, one runs and the other is told which run holds the source', async () => {
    const config = fakeConfig({ mayar }, 50);
    const attempts = await Promise.allSettled([startSyncOnce(database.db, 'mayar', config), startSyncOnce(database.db, 'mayar', config)]);
    const started = attempts.filter((attempt) => attempt.status === 'fulfilled');
    const refused = attempts.filter((attempt) => attempt.status === 'rejected');
    expect(started).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const { run, finished } = started[0]!.value;
    const error = refused[0]!.reason as SyncAlreadyRunningError;
    expect(error).toBeInstanceOf(SyncAlreadyRunningError);
    expect(error.message).toBe(`A mayar sync is already running (run #${run.id}, started ${run.startedAt.toISOString()}).`);
    expect(error.runId).toBe(run.id);

    // Another source is not blocked meanwhile.
    expect(await syncOnce(database.db, 'customers', fakeConfig({ customers }, 50))).toMatchObject({ status: 'SUCCEEDED' });
    expect(await finished).toMatchObject({ status: 'SUCCEEDED', createdCount: 600 });
    expect(await database.db.syncLease.count()).toBe(0);
  });

  it('a lease taken by another holder cannot be taken until it expires', async () => {
    const now = new Date();
    expect(await acquireLease(database.db, { source: 'MAYAR', holder: 'a' }, now, 60)).toEqual({ acquired: true });
    expect(await acquireLease(database.db, { source: 'MAYAR', holder: 'b' }, now, 60)).toMatchObject({ acquired: false, holding: { holder: 'a' } });
    const later = new Date(now.getTime() + 61_000);
    expect(await acquireLease(database.db, { source: 'MAYAR', holder: 'b' }, later, 60)).toEqual({ acquired: true });
    await database.db.syncLease.deleteMany();
  });
});

describe('a sync killed with SIGKILL mid-way', () => {
  async function killMidway(job: object, fake: MayarFake | CustomerServiceFake, isPage: (params: URLSearchParams) => boolean) {
    let pages = 0;
    let armed = true;
    const { child, exited } = spawnSyncChild({ url: database.url, leaseSeconds: LEASE_SECONDS, ...job });
    fake.onBeforePage(async ({ params }) => {
      if (!armed || !isPage(params) || ++pages < 5) return;
      armed = false;
      // Let the child commit what it has (a fetched page waits at most a second for its
      // commit), then kill it with the next page in flight.
      await sleep(1_500);
      child.kill('SIGKILL');
    });
    expect(await exited).toMatchObject({ code: null, signal: 'SIGKILL' });
  }

  it('Mayar: leaves committed pages, the run is marked INTERRUPTED, and a rerun restarts to an exact mirror', async () => {
    await database.db.customer.deleteMany({ where: { source: 'MAYAR' } });
    await killMidway({ config: fakeConfig({ mayar }, 50), source: 'mayar', mode: 'FULL' }, mayar, (params) => params.has('page'));
    const killed = await database.db.syncRun.findFirstOrThrow({ where: { source: 'MAYAR' }, orderBy: { id: 'desc' } });
    expect(killed.status).toBe('RUNNING');
    const committed = await database.db.customer.count({ where: { source: 'MAYAR' } });
    expect(committed).toBe(killed.createdCount);
    expect(committed).toBeGreaterThan(0);
    expect(committed).toBeLessThan(600);

    // Its lease still stands until it expires: the source stays locked meanwhile.
    await expect(syncOnce(database.db, 'mayar', fakeConfig({ mayar }, 50))).rejects.toThrow(`run #${killed.id}`);
    await sleep(LEASE_SECONDS * 1000 + 100);

    mayar.dataset.remove(mayar.dataset.all()[599]!.id);
    const rerun = await syncOnce(database.db, 'mayar', fakeConfig({ mayar }, 50));
    expect(rerun).toMatchObject({ status: 'SUCCEEDED', createdCount: 599 - committed });
    expect(await database.db.syncRun.findUniqueOrThrow({ where: { id: killed.id } })).toMatchObject({
      status: 'INTERRUPTED',
      error: expect.stringMatching(/^Interrupted: the process running this sync stopped/),
      finishedAt: expect.any(Date),
    });
    expect(sortedById(await readMirror(database.db, 'MAYAR'))).toEqual(
      sortedById(new Map(mayar.dataset.all().map((record) => [record.id, expectedFromMayar(record)]))),
    );
    await expectNoDuplicates();
  });

  it('customer service: an interrupted incremental run is continued from its last committed cursor', async () => {
    customers.clock.advance(3_600_000);
    for (const record of customers.dataset.all().slice(0, 400)) {
      customers.clock.advance(1_000);
      customers.dataset.update(record.id, { lastName: `${record.lastName} v2` });
    }
    await killMidway(
      { config: fakeConfig({ customers }, 50), source: 'customers', mode: 'INCREMENTAL' },
      customers,
      (params) => params.get('ordering') === 'updated_at,id',
    );
    const killed = await database.db.syncRun.findFirstOrThrow({ where: { source: 'CUSTOMER_SERVICE' }, orderBy: { id: 'desc' } });
    expect(killed).toMatchObject({ status: 'RUNNING', mode: 'INCREMENTAL' });
    expect(killed.updatedCount).toBeGreaterThan(0);
    expect(killed.updatedCount).toBeLessThan(400);
    await sleep(LEASE_SECONDS * 1000 + 100);

    const before = customers.requests.length;
    const rerun = await syncOnce(database.db, 'customers', fakeConfig({ customers }, 50), 'INCREMENTAL');
    expect(rerun).toMatchObject({ status: 'SUCCEEDED', mode: 'INCREMENTAL', createdCount: 0, updatedCount: 400 - killed.updatedCount });
    const firstRead = customers.requests.slice(before).find((request) => request.params.ordering === 'updated_at,id')!;
    expect(firstRead.params.updated_from).toBe(JSON.parse(killed.cursor!).updatedAt);
    expect(sortedById(await readMirror(database.db, 'CUSTOMER_SERVICE'))).toEqual(
      sortedById(new Map(customers.dataset.all().map((record) => [String(record.id), expectedFromService(record)]))),
    );
    await expectNoDuplicates();
  });
});
