import { afterEach, describe, expect, it } from 'vitest';
import { createCustomerServiceClient } from '@/lib/upstream/customer-service/create-customer-service-client';
import type { ServiceCursor } from '@/lib/upstream/customer-service/service-cursor';
import type { ServicePage } from '@/lib/upstream/customer-service/service-schemas';
import { UpstreamError } from '@/lib/upstream/http/upstream-error';
import type { ServiceRecord } from '@/tests/fakes/dataset/service-records';
import { seededRandom } from '@/tests/fakes/dataset/seeded-random';
import { startCustomerServiceFake, type CustomerServiceFake } from '@/tests/fakes/customer-service/start-customer-service-fake';
import { collect, failureOf, serviceConfig } from '../support/client-configs';
import { serviceRecord } from '../support/service-record';
import { virtualClock } from '../support/virtual-clock';

let fake: CustomerServiceFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const NOW = new Date('2025-06-01T00:00:00Z');
const BULK = new Date('2025-03-01T00:00:00Z');

async function setup(customers: ServiceRecord[] | number, pageSize: number) {
  const options = typeof customers === 'number' ? { size: customers, seed: 4 } : { customers };
  fake = await startCustomerServiceFake({ ...options, now: NOW });
  return { fake, client: createCustomerServiceClient(serviceConfig(fake, { pageSize }), { clock: virtualClock() }) };
}

const byChange = (a: ServiceRecord, b: ServiceRecord) => a.updatedAt.getTime() - b.updatedAt.getTime() || a.id - b.id;
const idsOf = (pages: ServicePage[]) => pages.flatMap((page) => page.rows.map((row) => row.id));

/** The newest version of each customer the walk delivered. */
function latestSeen(pages: ServicePage[]): Map<number, number> {
  const latest = new Map<number, number>();
  for (const row of pages.flatMap((page) => page.rows)) latest.set(row.id, Math.max(latest.get(row.id) ?? 0, row.updatedAt.getTime()));
  return latest;
}

describe('customer-service incremental walk', () => {
  it('delivers every change once, oldest first, and hands out the cursor after each page', async () => {
    const { fake, client } = await setup(1234, 100);
    const pages = await collect(client.changes(null));
    const expected = [...fake.dataset.all()].sort(byChange);
    expect(idsOf(pages)).toEqual(expected.map((record) => record.id));
    for (const page of pages) {
      const last = page.rows.at(-1)!;
      expect(page.cursor!.id).toBe(last.id);
      expect(new Date(page.cursor!.updatedAt)).toEqual(last.updatedAt);
      expect(page.total).toBe(1234);
    }
    expect(fake.requests[1]!.params).toMatchObject({ ordering: 'updated_at,id', limit: '100', updated_from: pages[0]!.cursor!.updatedAt });
  });

  it('resumes strictly after a stored cursor, ties broken by id', async () => {
    const customers = [1, 2, 3, 4, 5, 6].map((id) => serviceRecord(id, { updatedAt: id <= 4 ? BULK : new Date(BULK.getTime() + id) }));
    const { client } = await setup(customers, 10);
    const since: ServiceCursor = { updatedAt: '2025-03-01T00:00:00Z', id: 2 };
    expect(idsOf(await collect(client.changes(since)))).toEqual([3, 4, 5, 6]);
    expect(idsOf(await collect(client.changes({ updatedAt: '2025-03-01T00:00:00.006000Z', id: 6 })))).toEqual([]);
  });

  it('drains a tie group many pages long without skipping or repeating a row', async () => {
    const customers = Array.from({ length: 1300 }, (_, index) =>
      serviceRecord(index + 1, { updatedAt: index % 13 === 0 ? new Date(BULK.getTime() + index) : BULK }),
    );
    const { fake, client } = await setup(customers, 100);
    const pages = await collect(client.changes(null));
    expect(idsOf(pages)).toEqual([...customers].sort(byChange).map((record) => record.id));
    // Each request past the first re-reads only one anchor row.
    expect(fake.requests.length).toBeLessThanOrEqual(Math.ceil(1300 / 99) + 1);
    expect(fake.requests.some((request) => Number(request.params.offset) >= 900)).toBe(true);
  });

  it('halves its offset when rows it skipped by offset disappear, and still skips nobody', async () => {
    const customers = Array.from({ length: 500 }, (_, index) => serviceRecord(index + 1, { updatedAt: BULK }));
    const { fake, client } = await setup(customers, 100);
    let request = 0;
    fake.onBeforePage(() => {
      if (++request === 3) for (let id = 1; id <= 40; id++) fake.dataset.remove(id);
    });
    const pages = await collect(client.changes(null));
    const seen = new Set(idsOf(pages));
    expect(fake.dataset.all().every((record) => seen.has(record.id))).toBe(true);
    const offsets = fake.requests.map((entry) => Number(entry.params.offset ?? 0));
    expect(offsets.slice(0, 4)).toEqual([0, 99, 198, 99]);
  });

  it('sees rows updated or created while it pages; the newest version of every customer arrives', async () => {
    const { fake, client } = await setup(2000, 150);
    const random = seededRandom(11);
    fake.onBeforePage(() => {
      fake.clock.advance(random.int(1, 5000));
      const ids = fake.dataset.all().map((record) => record.id);
      for (let count = 0; count < 25; count++) fake.dataset.update(random.pick(ids), { firstName: `changed ${count}` });
      fake.dataset.add({ username: `new.${fake.dataset.size}` });
    });
    const pages = await collect(client.changes(null));
    const latest = latestSeen(pages);
    for (const record of fake.dataset.all()) expect(latest.get(record.id), `customer ${record.id}`).toBe(record.updatedAt.getTime());
  });

  it.each([1, 2, 3, 4, 5])('never misses a customer under random updates, deletes and inserts between pages (seed %i)', async (seed) => {
    const random = seededRandom(seed);
    const customers = Array.from({ length: 800 }, (_, index) =>
      serviceRecord(index + 1, { updatedAt: random.chance(0.4) ? BULK : new Date(BULK.getTime() - random.int(0, 86_400_000)) }),
    );
    const { fake, client } = await setup(customers, random.int(2, 120));
    fake.onBeforePage(() => {
      fake.clock.advance(random.int(1, 3));
      const ids = fake.dataset.all().map((record) => record.id);
      for (let count = random.int(0, 15); count > 0; count--) fake.dataset.update(random.pick(ids), { lastName: 'x' });
      for (let count = random.int(0, 8); count > 0; count--) fake.dataset.remove(random.pick(ids));
      for (let count = random.int(0, 3); count > 0; count--) fake.dataset.add({ username: `u${random.next()}` });
    });
    const latest = latestSeen(await collect(client.changes(null)));
    for (const record of fake.dataset.all()) expect(latest.get(record.id), `customer ${record.id}`).toBe(record.updatedAt.getTime());
  });

  it('ends a server that keeps announcing changes it never sends with a typed invalid_response', async () => {
    fake = await startCustomerServiceFake({ size: 30, now: NOW, faults: { endlessPages: true } });
    const client = createCustomerServiceClient(serviceConfig(fake, { pageSize: 10 }));
    const error = (await failureOf(client.changes(null))) as UpstreamError;
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.kind).toBe('invalid_response');
    expect(error.message).toContain('announced more changes but sent none past the cursor');
    expect(fake.requests.length).toBeLessThan(10);
  });

  it('reports a bad row and moves its cursor past it', async () => {
    const customers = [1, 2, 3].map((id) => serviceRecord(id));
    fake = await startCustomerServiceFake({ customers, now: NOW, faults: { badRows: [{ id: 3, field: 'gender', value: 7 }] } });
    const client = createCustomerServiceClient(serviceConfig(fake, { pageSize: 10 }));
    const [page] = await collect(client.changes(null));
    expect(page!.rows.map((row) => row.id)).toEqual([1, 2]);
    expect(page!.invalid).toEqual([{ index: 2, upstreamId: '3', reason: 'gender: Invalid input: expected string, received number' }]);
    expect(page!.cursor!.id).toBe(3);
  });
});
