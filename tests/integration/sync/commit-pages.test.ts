import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitPending, nothingPending, planPages, type PendingCommit } from '@/lib/sync/commit-pages';
import { acquireLease, newLeaseHolder } from '@/lib/sync/lease';
import { SeenCustomers } from '@/lib/sync/seen-customers';
import { emptyTally } from '@/lib/sync/sync-runs';
import type { MirroredCustomer, SourcePage } from '@/lib/sync/types';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { makeCustomer } from './support/make-customer';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const settings = { leaseSeconds: 60, batchSize: 100 };
const page = (number: number, rows: MirroredCustomer[]): SourcePage => ({ page: number, rows, invalid: [], upstreamTotal: null, requests: number, cursor: null });

async function newCommit(seen: SeenCustomers): Promise<PendingCommit> {
  const run = await database.db.syncRun.create({ data: { source: 'MAYAR', mode: 'FULL', trigger: 'cli' } });
  const lease = { source: 'MAYAR' as const, holder: newLeaseHolder() };
  await database.db.syncLease.deleteMany();
  expect(await acquireLease(database.db, lease, new Date(), settings.leaseSeconds)).toEqual({ acquired: true });
  return { source: 'MAYAR', sourceName: 'mayar', runId: run.id, lease, settings, seen };
}

const snapshotsOf = async (runId: number) =>
  (await database.db.customerSnapshot.findMany({ where: { syncRunId: runId }, include: { customer: true }, orderBy: { id: 'asc' } })).map(
    (snapshot) => [snapshot.customer.upstreamId, snapshot.change, snapshot.customer.email],
  );

describe('planPages and commitPending', () => {
  it('a customer on two pages before one commit is written once, as its later copy', async () => {
    const seen = new SeenCustomers();
    const commit = await newCommit(seen);
    const pending = nothingPending(emptyTally());
    await planPages(database.db, pending, { source: 'MAYAR', settings, pages: [page(1, [makeCustomer('a', { email: 'first@example.com' }), makeCustomer('b')])], seen });
    await planPages(database.db, pending, { source: 'MAYAR', settings, pages: [page(2, [makeCustomer('a', { email: 'later@example.com' })])], seen });
    expect(await database.db.customer.count()).toBe(0);
    const tally = await commitPending(database.db, pending, commit);

    expect(await snapshotsOf(commit.runId)).toEqual([
      ['a', 'CREATED', 'later@example.com'],
      ['b', 'CREATED', 'b@example.com'],
    ]);
    expect(tally).toMatchObject({ pagesFetched: 2, seenCount: 2 });
    expect(pending.changes.size).toBe(0);
    expect(pending.since).toBeNull();
  });

  it('a later copy equal to what is held undoes a change still waiting, and a commit with no changes saves the tally', async () => {
    const seen = new SeenCustomers();
    const commit = await newCommit(seen);
    const pending = nothingPending(emptyTally());
    await planPages(database.db, pending, { source: 'MAYAR', settings, pages: [page(1, [makeCustomer('a', { email: 'changed@example.com' })])], seen });
    expect(pending.changes.size).toBe(1);
    await planPages(database.db, pending, { source: 'MAYAR', settings, pages: [page(2, [makeCustomer('a', { email: 'later@example.com' }), makeCustomer('b')])], seen });
    expect(pending.changes.size).toBe(0);
    await commitPending(database.db, pending, commit);

    expect(await snapshotsOf(commit.runId)).toEqual([]);
    expect(await database.db.syncRun.findUniqueOrThrow({ where: { id: commit.runId } })).toMatchObject({ pagesFetched: 2, unchangedCount: 2, seenCount: 2 });
  });
});
