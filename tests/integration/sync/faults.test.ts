import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CustomerSource } from '@/lib/db/types';
import type { SyncSourceName } from '@/lib/sync/types';
import { startCustomerServiceFake, type CustomerServiceFake } from '@/tests/fakes/customer-service/start-customer-service-fake';
import type { FakeServer } from '@/tests/fakes/http/fake-server';
import { startMayarFake, type MayarFake } from '@/tests/fakes/mayar/start-mayar-fake';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { expectedFromMayar, expectedFromService, readMirror, sortedById, type MirrorColumns } from './support/expected-mirror';
import { fakeConfig, syncOnce } from './support/sync-harness';

/** What the fault scenarios need to know about one upstream and its fake. */
interface Upstream {
  name: SyncSourceName;
  source: CustomerSource;
  fake: FakeServer & { apiKey: string };
  expected(): Map<string, MirrorColumns>;
  /** Removes one customer upstream; returns its upstream id. */
  removeOne(): string;
  addOne(): string;
  /**
   * Run while the pass requests its third list page: removes one customer and adds one, placed
   * so the pass cannot account for every customer (Mayar: the removal is ahead of the walk and
   * the addition behind it; the customer service walks by id, so its removal is behind).
   */
  changeDuringPaging(): { removed: string; added: string };
  /** Requests carrying the customer list (not the watermark or the token-flag lists). */
  isListPage(params: URLSearchParams): boolean;
  isThirdPage(params: URLSearchParams): boolean;
}

let database: TestDatabase;
let mayar: MayarFake;
let customers: CustomerServiceFake;
let added = 0;
const PAGE_SIZE = 25;

beforeAll(async () => {
  database = await createTestDatabase();
  mayar = await startMayarFake({ size: 200, seed: 31 });
  customers = await startCustomerServiceFake({ size: 200, seed: 32 });
});
afterAll(async () => {
  await Promise.all([mayar.close(), customers.close()]);
  await database.drop();
});

const upstreams: [SyncSourceName, () => Upstream][] = [
  ['mayar', () => ({
    name: 'mayar',
    source: 'MAYAR',
    fake: mayar,
    expected: () => new Map(mayar.dataset.all().map((record) => [record.id, expectedFromMayar(record)])),
    removeOne() {
      const victim = mayar.dataset.all()[60]!;
      mayar.dataset.remove(victim.id);
      return victim.id;
    },
    addOne() {
      const id = `0000${String(++added).padStart(4, '0')}-0000-4000-8000-000000000000`;
      mayar.dataset.add({ ...mayar.dataset.all()[0]!, id, name: `Added ${added}` });
      return id;
    },
    changeDuringPaging() {
      const removed = mayar.dataset.all()[60]!.id;
      mayar.dataset.remove(removed);
      const added = '00000000-0000-4000-8000-00000000ffff';
      mayar.dataset.add({ ...mayar.dataset.all()[0]!, id: added, name: 'Added Behind' });
      return { removed, added };
    },
    isListPage: (params) => params.has('page'),
    isThirdPage: (params) => params.get('page') === '3',
  })],
  ['customers', () => ({
    name: 'customers',
    source: 'CUSTOMER_SERVICE',
    fake: customers,
    expected: () => new Map(customers.dataset.all().map((record) => [String(record.id), expectedFromService(record)])),
    removeOne() {
      const victim = customers.dataset.all()[60]!;
      customers.dataset.remove(victim.id);
      return String(victim.id);
    },
    addOne() {
      return String(customers.dataset.add({ username: `added.${++added}`, firstName: 'Added', lastName: String(added), email: `a${added}@x.example` }).id);
    },
    changeDuringPaging() {
      const removed = customers.dataset.all()[10]!.id;
      customers.dataset.remove(removed);
      return { removed: String(removed), added: String(customers.dataset.add({ username: 'added.during', firstName: 'During' }).id) };
    },
    isListPage: (params) => params.get('ordering') === 'id' && !params.has('has_token') && !params.has('is_online'),
    isThirdPage: (params) => Number(params.get('id_min') ?? 0) > 2 * PAGE_SIZE,
  })],
];

describe.each(upstreams)('%s faults', (_name, make) => {
  let upstream: Upstream;
  const sync = () => syncOnce(database.db, upstream.name, fakeConfig({ [upstream.name]: upstream.fake }, PAGE_SIZE), 'FULL');
  const live = () => readMirror(database.db, upstream.source);
  const tombstoned = () => database.db.customer.count({ where: { source: upstream.source, deletedAt: { not: null } } });
  const expectMirrorEqualsUpstream = async () => expect(sortedById(await live())).toEqual(sortedById(upstream.expected()));

  beforeAll(async () => {
    upstream = make();
    expect(await sync()).toMatchObject({ status: 'SUCCEEDED' });
  });
  beforeEach(() => {
    for (const key of Object.keys(upstream.fake.faults)) delete upstream.fake.faults[key as keyof typeof upstream.fake.faults];
  });

  it.each([
    ['429 with Retry-After', () => void (upstream.fake.faults.rateLimit = { next: 2, retryAfter: '0' })],
    ['5xx', () => void (upstream.fake.faults.serverError = { next: 2, status: 503 })],
    ['malformed JSON', () => void (upstream.fake.faults.malformedJson = { next: 1 })],
    ['a truncated page', () => void (upstream.fake.faults.truncatedBody = { next: 1 })],
  ])('recovers from %s: the run succeeds and the mirror equals the upstream', async (_fault, inject) => {
    upstream.addOne();
    inject();
    const run = await sync();
    expect(run).toMatchObject({ status: 'SUCCEEDED', error: null });
    expect(run.requestsMade).toBeGreaterThan(run.pagesFetched);
    await expectMirrorEqualsUpstream();
  });

  it('recovers from a request that times out', async () => {
    let stall = true;
    upstream.fake.onBeforePage(async ({ params }) => {
      if (stall && upstream.isListPage(params)) {
        stall = false;
        await new Promise((resolve) => setTimeout(resolve, 2_500));
      }
    });
    upstream.addOne();
    const run = await sync();
    expect(run).toMatchObject({ status: 'SUCCEEDED', error: null });
    await expectMirrorEqualsUpstream();
  });

  it.each([
    ['a server that keeps failing', () => void (upstream.fake.faults.serverError = { every: 1, status: 502 }), /unavailable \(502/],
    ['a hasMore / next that never ends', () => void (upstream.fake.faults.endlessPages = true), /never end|still (said|announced)|empty/],
    ['pages that keep arriving cut off', () => void (upstream.fake.faults.truncatedBody = { every: 1 }), /cut the response off/],
  ])('fails clearly on %s, losing nothing and tombstoning nothing', async (_fault, inject, message) => {
    const before = await live();
    const tombstonedBefore = await tombstoned();
    const removed = upstream.removeOne();
    inject();
    const run = await sync();
    expect(run.status).toBe('FAILED');
    expect(run.error).toMatch(message);
    expect(run.deletedCount).toBe(0);
    expect(await tombstoned()).toBe(tombstonedBefore);
    const after = await live();
    expect([...before.keys()].every((id) => after.has(id))).toBe(true);
    expect(after.has(removed)).toBe(true);

    delete upstream.fake.faults.serverError;
    delete upstream.fake.faults.endlessPages;
    delete upstream.fake.faults.truncatedBody;
    expect(await sync()).toMatchObject({ status: 'SUCCEEDED', deletedCount: 1 });
    await expectMirrorEqualsUpstream();
  });

  it('lists an invalid row on the run, keeps its customer and tombstones nothing on its account', async () => {
    const [victim] = [...(await live()).values()].slice(5, 6);
    const tombstonedBefore = await tombstoned();
    upstream.fake.faults.badRows = [{ id: upstream.name === 'mayar' ? victim!.upstreamId : Number(victim!.upstreamId), field: 'createdAt', value: 'yesterday' }];
    if (upstream.name === 'customers') upstream.fake.faults.badRows[0]!.field = 'is_active';
    const run = await sync();
    expect(run).toMatchObject({ status: 'SUCCEEDED', invalidCount: 1, deletedCount: 0 });
    expect(run.invalidRows).toEqual([{ page: expect.any(Number), upstreamId: victim!.upstreamId, reason: expect.stringMatching(/createdAt|is_active/) }]);
    expect((await live()).get(victim!.upstreamId)).toEqual(victim);
    expect(await tombstoned()).toBe(tombstonedBefore);
  });

  it('rows changing during paging: nothing lost or duplicated, nothing tombstoned until a consistent pass', async () => {
    const tombstonedBefore = await tombstoned();
    let change: { removed: string; added: string } | null = null;
    upstream.fake.onBeforePage(({ params }) => {
      if (!change && upstream.isListPage(params) && upstream.isThirdPage(params)) change = upstream.changeDuringPaging();
    });
    const run = await sync();
    expect(change).not.toBeNull();
    const { removed, added: addedId } = change!;
    expect(run.status).toBe('SUCCEEDED');
    expect(run.deletedCount).toBe(0);
    expect(run.notice).toMatch(/Nothing was tombstoned/);
    expect(await tombstoned()).toBe(tombstonedBefore);
    expect((await live()).has(removed)).toBe(true);

    const settled = await sync();
    expect(settled).toMatchObject({ status: 'SUCCEEDED', deletedCount: 1, notice: null });
    await expectMirrorEqualsUpstream();
    expect((await live()).has(addedId)).toBe(true);
    const total = await database.db.customer.count({ where: { source: upstream.source } });
    const distinct = new Set((await database.db.customer.findMany({ where: { source: upstream.source }, select: { upstreamId: true } })).map((row) => row.upstreamId));
    expect(distinct.size).toBe(total);
  });
});

describe('Mayar v1: a customer skipped without any count showing it', () => {
  const sync = () => syncOnce(database.db, 'mayar', fakeConfig({ mayar }, PAGE_SIZE), 'FULL');
  const deletedAtOf = async (upstreamId: string) =>
    (await database.db.customer.findUniqueOrThrow({ where: { source_upstreamId: { source: 'MAYAR', upstreamId } } })).deletedAt;

  it('is found in a second listing and kept, not tombstoned', async () => {
    expect(await sync()).toMatchObject({ status: 'SUCCEEDED' });
    const before = mayar.dataset.all();
    // Before page 3 is served, the last customer of page 2 (already served) goes and one is added
    // at the end: page 3 starts one row later, so its first customer is never served while the
    // total and the number of customers seen both stay 200.
    const removed = before[2 * PAGE_SIZE - 1]!.id;
    const skipped = before[2 * PAGE_SIZE]!.id;
    mayar.faults.shiftRows = { pages: [3], remove: 'before', add: 'after' };
    try {
      const run = await sync();
      expect(run).toMatchObject({ status: 'SUCCEEDED', deletedCount: 0, seenCount: before.length, upstreamTotal: before.length });
      expect(run.notice).toMatch(/^1 customer\(s\) the pass missed were found in a second listing and kept/);
      expect(await deletedAtOf(skipped)).toBeNull();
    } finally {
      delete mayar.faults.shiftRows;
    }
    const settled = await sync();
    expect(settled).toMatchObject({ status: 'SUCCEEDED', deletedCount: 1, notice: null });
    expect(await deletedAtOf(removed)).toBeInstanceOf(Date);
    expect(await deletedAtOf(skipped)).toBeNull();
    expect(sortedById(await readMirror(database.db, 'MAYAR'))).toEqual(
      sortedById(new Map(mayar.dataset.all().map((record) => [record.id, expectedFromMayar(record)]))),
    );
  });
});
