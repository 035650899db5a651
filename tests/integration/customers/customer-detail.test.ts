import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCustomerDetail, SNAPSHOT_HISTORY_LIMIT } from '@/lib/customers/get-customer-detail';
import { insertCustomers, insertGroups, type SeededCustomer } from '../../support/customer-fixtures';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let database: TestDatabase;
let alive: SeededCustomer;
let deleted: SeededCustomer;
let runId: number;

beforeAll(async () => {
  database = await createTestDatabase();
  const [vip, alpha] = await insertGroups(database.db, ['VIP', 'Alpha']);
  [alive, deleted] = (await insertCustomers(database.db, [
    { firstName: 'Ann', groupIds: [vip!, alpha!] },
    { firstName: 'Gone', deletedAt: new Date('2024-01-01T00:00:00Z') },
  ])) as [SeededCustomer, SeededCustomer];
  runId = (await database.db.syncRun.create({ data: { source: 'CUSTOMER_SERVICE', mode: 'FULL', trigger: 'cli' } })).id;
  const snapshot = (minute: number, payload: object, change: 'CREATED' | 'UPDATED') =>
    database.db.customerSnapshot.create({
      data: { customerId: alive.id, syncRunId: runId, contentHash: `h${minute}`, payload, change, capturedAt: new Date(Date.UTC(2024, 0, 1, 0, minute)) },
    });
  await snapshot(0, { email: 'a@x.io', name: 'Ann' }, 'CREATED');
  await snapshot(1, { email: 'ann@x.io', name: 'Ann' }, 'UPDATED');
  await snapshot(2, { email: 'ann@x.io', name: 'Ann Lee' }, 'UPDATED');
});
afterAll(() => database.drop());

describe('getCustomerDetail', () => {
  it('returns the customer, groups by name, and history newest first with what changed', async () => {
    const detail = await getCustomerDetail(database.db, alive.id, { mayIncludeDeleted: false });
    expect(detail?.groups.map((group) => group.name)).toEqual(['Alpha', 'VIP']);
    expect(detail?.snapshots.map((snapshot) => [snapshot.change, snapshot.changes])).toEqual([
      ['UPDATED', [{ path: 'name', before: 'Ann', after: 'Ann Lee' }]],
      ['UPDATED', [{ path: 'email', before: 'a@x.io', after: 'ann@x.io' }]],
      ['CREATED', []],
    ]);
    expect(detail?.snapshots[0]?.syncRun).toMatchObject({ id: runId, source: 'CUSTOMER_SERVICE', trigger: 'cli' });
    expect(detail?.olderSnapshots).toBe(false);
  });

  it('hides deleted customers from callers who may not see them, and knows no missing id', async () => {
    expect(await getCustomerDetail(database.db, deleted.id, { mayIncludeDeleted: false })).toBeNull();
    expect((await getCustomerDetail(database.db, deleted.id, { mayIncludeDeleted: true }))?.customer.firstName).toBe('Gone');
    expect(await getCustomerDetail(database.db, 999999, { mayIncludeDeleted: true })).toBeNull();
  });

  it('shows at most the newest snapshots, each diffed against its predecessor', async () => {
    const [many] = await insertCustomers(database.db, [{ firstName: 'Busy' }]);
    await database.db.customerSnapshot.createMany({
      data: Array.from({ length: SNAPSHOT_HISTORY_LIMIT + 5 }, (_, index) => ({
        customerId: many!.id,
        contentHash: `b${index}`,
        payload: { version: index },
        change: index ? ('UPDATED' as const) : ('CREATED' as const),
        capturedAt: new Date(Date.UTC(2024, 1, 1, 0, index)),
      })),
    });
    const detail = await getCustomerDetail(database.db, many!.id, { mayIncludeDeleted: false });
    expect(detail?.snapshots).toHaveLength(SNAPSHOT_HISTORY_LIMIT);
    expect(detail?.olderSnapshots).toBe(true);
    expect(detail?.snapshots.at(-1)?.changes).toEqual([{ path: 'version', before: 4, after: 5 }]);
  });
});
