import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerSource } from '@/lib/db/types';
import { startCustomerServiceFake, type CustomerServiceFake } from '@/tests/fakes/customer-service/start-customer-service-fake';
import { startMayarFake, type MayarFake } from '@/tests/fakes/mayar/start-mayar-fake';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { expectedFromMayar, expectedFromService, readMirror, sortedById } from './support/expected-mirror';
import { fakeConfig, syncOnce } from './support/sync-harness';

let database: TestDatabase;
let mayar: MayarFake;
let customers: CustomerServiceFake;

beforeAll(async () => {
  database = await createTestDatabase();
  mayar = await startMayarFake({ size: 300, seed: 21 });
  customers = await startCustomerServiceFake({ size: 300, seed: 22 });
});
afterAll(async () => {
  await Promise.all([mayar.close(), customers.close()]);
  await database.drop();
});

/** Every stored column of every customer of the source, to prove a sync wrote nothing. */
async function everything(source: CustomerSource) {
  const rows = await database.db.customer.findMany({ where: { source }, orderBy: { id: 'asc' }, omit: { lastTokenUseAt: true } });
  const snapshots = await database.db.customerSnapshot.count({ where: { customer: { source } } });
  return { rows, snapshots };
}

async function changesOf(runId: number) {
  const snapshots = await database.db.customerSnapshot.findMany({
    where: { syncRunId: runId },
    select: { change: true, customer: { select: { upstreamId: true } } },
  });
  return snapshots.map((snapshot) => `${snapshot.change} ${snapshot.customer.upstreamId}`).sort();
}

describe('Mayar change history', () => {
  const config = () => fakeConfig({ mayar }, 50);

  it('a re-sync with no upstream change writes no customer row and no snapshot', async () => {
    const first = await syncOnce(database.db, 'mayar', config());
    expect(first).toMatchObject({ status: 'SUCCEEDED', createdCount: 300 });
    const before = await everything('MAYAR');

    const again = await syncOnce(database.db, 'mayar', config());
    expect(again).toMatchObject({ status: 'SUCCEEDED', createdCount: 0, updatedCount: 0, deletedCount: 0, restoredCount: 0, unchangedCount: 300 });
    expect(await everything('MAYAR')).toEqual(before);
  });

  it('updates, removals and additions give exactly one snapshot each, and removals are tombstoned', async () => {
    const records = mayar.dataset.all();
    const [updated1, updated2, removed1, removed2] = [records[10]!, records[120]!, records[50]!, records[299]!];
    mayar.dataset.update(updated1.id, { name: 'Renamed Person' });
    mayar.dataset.update(updated2.id, { status: 'inactive' });
    mayar.dataset.remove(removed1.id);
    mayar.dataset.remove(removed2.id);
    const added = ['00000000-0000-4000-8000-000000000001', 'ffffffff-0000-4000-8000-000000000002'];
    for (const id of added) mayar.dataset.add({ ...records[0]!, id, name: `New ${id.slice(0, 4)}` });

    const run = await syncOnce(database.db, 'mayar', config());
    expect(run).toMatchObject({ status: 'SUCCEEDED', createdCount: 2, updatedCount: 2, deletedCount: 2, restoredCount: 0, notice: null });
    expect(await changesOf(run.id)).toEqual(
      [`UPDATED ${updated1.id}`, `UPDATED ${updated2.id}`, `DELETED ${removed1.id}`, `DELETED ${removed2.id}`, ...added.map((id) => `CREATED ${id}`)].sort(),
    );
    const tombstoned = await database.db.customer.findMany({ where: { source: 'MAYAR', deletedAt: { not: null } } });
    expect(tombstoned.map((customer) => customer.upstreamId).sort()).toEqual([removed1.id, removed2.id].sort());
    const deletedSnapshot = await database.db.customerSnapshot.findFirstOrThrow({ where: { syncRunId: run.id, change: 'DELETED' }, include: { customer: true } });
    expect(deletedSnapshot.payload).toEqual(deletedSnapshot.customer.payload);
    expect(sortedById(await readMirror(database.db, 'MAYAR'))).toEqual(
      sortedById(new Map(mayar.dataset.all().map((record) => [record.id, expectedFromMayar(record)]))),
    );
  });

  it('a tombstoned customer that reappears is restored with a RESTORED snapshot', async () => {
    const [gone] = await database.db.customer.findMany({ where: { source: 'MAYAR', deletedAt: { not: null } }, take: 1 });
    const payload = gone!.payload as { id: string; name: string; email: string; mobile: string; status: string; userId: string; createdAt: number; updatedAt: number };
    mayar.dataset.add({ ...payload, mobile: payload.mobile ?? '' });

    const run = await syncOnce(database.db, 'mayar', config());
    expect(run).toMatchObject({ status: 'SUCCEEDED', createdCount: 0, updatedCount: 0, restoredCount: 1, deletedCount: 0 });
    expect(await changesOf(run.id)).toEqual([`RESTORED ${gone!.upstreamId}`]);
    const restored = await database.db.customer.findUniqueOrThrow({ where: { id: gone!.id } });
    expect(restored.deletedAt).toBeNull();
    expect(restored.firstSeenAt).toEqual(gone!.firstSeenAt);
  });
});

describe('customer-service change history', () => {
  const config = () => fakeConfig({ customers }, 40);

  it('incremental runs read only changes, from the cursor the previous run stored', async () => {
    const full = await syncOnce(database.db, 'customers', config(), 'INCREMENTAL');
    // No cursor yet, so the first incremental request runs as a full pass.
    expect(full).toMatchObject({ status: 'SUCCEEDED', mode: 'FULL', createdCount: 300 });
    expect(full.cursor).not.toBeNull();

    customers.clock.advance(60_000);
    customers.dataset.update(7, { firstName: 'Changed' });
    customers.dataset.update(250, { isActive: false });
    const added = customers.dataset.add({ username: 'brand.new', firstName: 'Brand', lastName: 'New', email: 'brand@new.example' });
    customers.dataset.remove(42);

    const before = customers.requests.length;
    const run = await syncOnce(database.db, 'customers', config(), 'INCREMENTAL');
    expect(run).toMatchObject({ status: 'SUCCEEDED', mode: 'INCREMENTAL', createdCount: 1, updatedCount: 2, deletedCount: 0, seenCount: 3 });
    expect(await changesOf(run.id)).toEqual(['CREATED ' + added.id, 'UPDATED 250', 'UPDATED 7'].sort());
    const listRequests = customers.requests.slice(before).filter((request) => !request.params.has_token && !request.params.is_online);
    expect(listRequests.every((request) => request.params.ordering === 'updated_at,id' && request.params.updated_from)).toBe(true);
    expect(run.cursor).not.toEqual(full.cursor);
  });

  it('a full pass then tombstones what the incremental one could not see, and a quiet re-sync writes nothing', async () => {
    const full = await syncOnce(database.db, 'customers', config(), 'FULL');
    expect(full).toMatchObject({ status: 'SUCCEEDED', deletedCount: 1, createdCount: 0, updatedCount: 0 });
    expect(await changesOf(full.id)).toEqual(['DELETED 42']);
    expect(sortedById(await readMirror(database.db, 'CUSTOMER_SERVICE'))).toEqual(
      sortedById(new Map(customers.dataset.all().map((record) => [String(record.id), expectedFromService(record)]))),
    );

    const before = await everything('CUSTOMER_SERVICE');
    for (const mode of ['INCREMENTAL', 'FULL'] as const) {
      const quiet = await syncOnce(database.db, 'customers', config(), mode);
      expect(quiet).toMatchObject({ status: 'SUCCEEDED', createdCount: 0, updatedCount: 0, deletedCount: 0, restoredCount: 0 });
    }
    expect(await everything('CUSTOMER_SERVICE')).toEqual(before);
  });

  it('token flags follow the upstream filters without touching content or history', async () => {
    const target = customers.dataset.all().find((record) => record.token === null)!;
    customers.dataset.update(target.id, { token: { lastUsedAt: customers.clock.now() }, updatedAt: target.updatedAt });
    const revoked = customers.dataset.all().find((record) => record.token !== null)!;
    customers.dataset.update(revoked.id, { token: null, updatedAt: revoked.updatedAt });
    const snapshots = await database.db.customerSnapshot.count();

    const run = await syncOnce(database.db, 'customers', config(), 'INCREMENTAL');
    expect(run).toMatchObject({ status: 'SUCCEEDED', updatedCount: 0 });
    const row = await database.db.customer.findUniqueOrThrow({
      where: { source_upstreamId: { source: 'CUSTOMER_SERVICE', upstreamId: String(target.id) } },
    });
    expect(row).toMatchObject({ hasToken: true, lastTokenUseAt: expect.any(Date) });
    const held = await database.db.customer.findMany({ where: { source: 'CUSTOMER_SERVICE' }, select: { upstreamId: true, hasToken: true } });
    const holders = new Set(customers.dataset.all().flatMap((record) => (record.token ? [String(record.id)] : [])));
    expect(holders.has(String(revoked.id))).toBe(false);
    expect(held.filter((customer) => customer.hasToken !== holders.has(customer.upstreamId))).toEqual([]);
    expect(await database.db.customerSnapshot.count()).toBe(snapshots);
  });
});
