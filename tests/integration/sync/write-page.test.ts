import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchText } from '@/lib/customers/search-text';
import { transactionWithDriver } from '@/lib/db/driver-transaction';
import { normaliseContent } from '@/lib/sync/hash-content';
import { planPage, writeChanges } from '@/lib/sync/write-page';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { makeCustomer } from './support/make-customer';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

async function newRun() {
  return database.db.syncRun.create({ data: { source: 'MAYAR', mode: 'FULL', trigger: 'cli' } });
}

async function write(rows: ReturnType<typeof makeCustomer>[], now: Date, batchSize = 2) {
  const run = await newRun();
  const plan = await planPage(database.db, 'MAYAR', rows, batchSize);
  const written = await transactionWithDriver(
    database.db,
    (tx, driver) => writeChanges(tx, driver, { source: 'MAYAR', runId: run.id, now, changes: plan.changes, batchSize }),
    {},
  );
  return { run, counts: plan.counts, ids: [...plan.unchangedIds, ...written] };
}

describe('planPage and writeChanges', () => {
  const first = new Date('2025-03-01T10:00:00.123Z');

  it('inserts new customers with every column, their search text and a CREATED snapshot', async () => {
    const rows = ['a', 'b', 'c'].map((id) => makeCustomer(id, { lastLogin: new Date('2025-02-01T00:00:00.001Z') }));
    const { run, counts, ids } = await write(rows, first);
    expect(counts).toEqual({ created: 3, updated: 0, restored: 0, unchanged: 0 });
    expect(ids).toHaveLength(3);

    const stored = await database.db.customer.findMany({ where: { source: 'MAYAR' }, orderBy: { upstreamId: 'asc' } });
    expect(stored).toHaveLength(3);
    for (const [index, customer] of stored.entries()) {
      const { contentHash, payloadJson, ...fields } = rows[index]!;
      expect(customer).toMatchObject({ ...fields, contentHash, payload: JSON.parse(payloadJson), deletedAt: null, firstSeenAt: first, lastSyncedAt: first });
      expect(customer.searchText).toBe(buildSearchText(rows[index]!));
    }
    const snapshots = await database.db.customerSnapshot.findMany({ where: { syncRunId: run.id } });
    expect(snapshots.map((snapshot) => snapshot.change)).toEqual(['CREATED', 'CREATED', 'CREATED']);
    expect(snapshots[0]).toMatchObject({ capturedAt: first, contentHash: rows[0]!.contentHash, payload: JSON.parse(rows[0]!.payloadJson) });
  });

  it('writes nothing for unchanged rows, updates changed ones and restores tombstoned ones', async () => {
    const later = new Date('2025-03-02T10:00:00.000Z');
    await database.db.customer.update({
      where: { source_upstreamId: { source: 'MAYAR', upstreamId: 'c' } },
      data: { deletedAt: later },
    });
    const rows = [
      makeCustomer('a', { lastLogin: new Date('2025-02-01T00:00:00.001Z') }),
      makeCustomer('b', { lastLogin: new Date('2025-02-01T00:00:00.001Z'), email: 'New@Example.com' }),
      makeCustomer('c', { lastLogin: new Date('2025-02-01T00:00:00.001Z') }),
      makeCustomer('b', { lastLogin: new Date('2025-02-01T00:00:00.001Z'), email: 'New@Example.com' }),
    ];
    const { run, counts, ids } = await write(rows, later);
    expect(counts).toEqual({ created: 0, updated: 1, restored: 1, unchanged: 1 });
    expect(new Set(ids).size).toBe(3);

    const byId = new Map((await database.db.customer.findMany()).map((customer) => [customer.upstreamId, customer]));
    expect(byId.get('a')).toMatchObject({ lastSyncedAt: first });
    expect(byId.get('b')).toMatchObject({ email: 'New@Example.com', lastSyncedAt: later, firstSeenAt: first });
    expect(byId.get('b')!.searchText).toContain('new@example.com');
    expect(byId.get('c')).toMatchObject({ deletedAt: null, lastSyncedAt: later });
    const snapshots = await database.db.customerSnapshot.findMany({
      where: { syncRunId: run.id },
      include: { customer: { select: { upstreamId: true } } },
      orderBy: { id: 'asc' },
    });
    expect(snapshots.map((snapshot) => [snapshot.customer.upstreamId, snapshot.change]).sort()).toEqual([
      ['b', 'UPDATED'],
      ['c', 'RESTORED'],
    ]);
  });

  it('stores text and payloads exactly as given: quotes, escapes, non-ASCII, large and fractional numbers', async () => {
    const awkward = 'Zoë "Q" \\ O\'Brien\n\t\u0001 😀 \u2028';
    const row = makeCustomer('awkward', { firstName: awkward, lastName: '', username: 'ab\u001fcd' });
    const payload = { ...JSON.parse(row.payloadJson), nested: { big: 9007199254740991, fraction: 0.1, exponent: 1e-7, list: [null, true, 'x'] } };
    await write([{ ...row, ...normaliseContent(payload) }], first);
    const stored = await database.db.customer.findUniqueOrThrow({ where: { source_upstreamId: { source: 'MAYAR', upstreamId: 'awkward' } } });
    expect(stored).toMatchObject({ firstName: awkward, lastName: '', username: 'ab\u001fcd', payload });
    expect(stored.searchText).toBe(buildSearchText(row));
    const snapshot = await database.db.customerSnapshot.findFirstOrThrow({ where: { customerId: stored.id } });
    expect(snapshot.payload).toEqual(payload);
  });
});
