import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCustomerServiceClient } from '@/lib/upstream/customer-service/create-customer-service-client';
import type { ServicePage } from '@/lib/upstream/customer-service/service-schemas';
import { UpstreamError } from '@/lib/upstream/http/upstream-error';
import { startCustomerServiceFake, type CustomerServiceFake, type CustomerServiceFakeOptions } from '@/tests/fakes/customer-service/start-customer-service-fake';
import { isOnline } from '@/tests/fakes/customer-service/query-service-records';
import { collect, failureOf, serviceConfig } from '../support/client-configs';
import { virtualClock } from '../support/virtual-clock';

let fake: CustomerServiceFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function setup(options: CustomerServiceFakeOptions, pageSize = 1000) {
  fake = await startCustomerServiceFake(options);
  return { fake, client: createCustomerServiceClient(serviceConfig(fake, { pageSize }), { clock: virtualClock() }) };
}

const idsOf = (pages: ServicePage[]) => pages.flatMap((page) => page.rows.map((row) => row.id));

describe('customer-service full walk (id keyset)', () => {
  it('walks every customer in id order with ordering=id&id_min=<last + 1>, reporting the first count', async () => {
    const { fake, client } = await setup({ size: 2500 });
    const pages = await collect(client.pages());
    expect(idsOf(pages)).toEqual(fake.dataset.all().map((record) => record.id));
    expect(pages.map((page) => page.total)).toEqual([2500, 2500, 2500]);
    expect(fake.requests.map((request) => request.params)).toEqual([
      { ordering: 'id', limit: '1000' },
      { ordering: 'id', limit: '1000', id_min: '1001' },
      { ordering: 'id', limit: '1000', id_min: '2001' },
    ]);
    expect(pages.every((page) => page.cursor === null)).toBe(true);
  });

  it('asks for the next page while the page in hand is still being used, and for nothing past the last', async () => {
    const { fake, client } = await setup({ size: 2500 });
    const pages = client.pages();
    const first = await pages.next();
    expect(first.value!.rows).toHaveLength(1000);
    await vi.waitFor(() => expect(fake.requests.map((request) => request.params.id_min)).toEqual([undefined, '1001']));
    const rest = await collect({ [Symbol.asyncIterator]: () => pages });
    expect(rest.map((page) => page.rows.length)).toEqual([1000, 500]);
    expect(fake.requests).toHaveLength(3);
  });

  it('maps every field of the document onto a typed row', async () => {
    const { fake, client } = await setup({ size: 50 });
    const [page] = await collect(client.pages());
    const record = fake.dataset.get(7)!;
    expect(page!.rows[6]).toEqual({
      id: 7,
      username: record.username,
      mobileNumber: record.mobileNumber,
      email: record.email,
      avatar: record.avatar,
      firstName: record.firstName,
      lastName: record.lastName,
      fullName: `${record.firstName} ${record.lastName}`.trim(),
      gender: record.gender,
      isActive: record.isActive,
      isProfileCompleted: record.isProfileCompleted,
      isOnline: isOnline(record, fake.clock.now()),
      lastLogin: record.lastLogin,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    });
  });

  it('skips nobody when customers are deleted between pages (offsets would)', async () => {
    const { fake, client } = await setup({ size: 500 }, 100);
    const deleted = new Set<number>();
    fake.onBeforePage(({ params }) => {
      if (params.get('id_min') !== '101') return;
      for (const id of [3, 50, 99, 100, 150, 301]) {
        fake.dataset.remove(id);
        deleted.add(id);
      }
    });
    const seen = idsOf(await collect(client.pages()));
    const survivors = fake.dataset.all().map((record) => record.id);
    expect(survivors.every((id) => seen.includes(id))).toBe(true);
    expect(seen.filter((id) => deleted.has(id))).toEqual([3, 50, 99, 100]);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('picks up customers created while it pages', async () => {
    const { fake, client } = await setup({ size: 300 }, 100);
    fake.onBeforePage(({ params }) => {
      if (params.get('id_min') === '201') fake.dataset.add({ username: 'late.arrival' });
    });
    const seen = idsOf(await collect(client.pages()));
    expect(seen).toEqual(Array.from({ length: 301 }, (_, index) => index + 1));
  });

  it('reports a bad row with its page and reason, keeps the others and keys past it', async () => {
    const { client } = await setup(
      {
        size: 30,
        faults: {
          badRows: [
            { id: 10, field: 'created_at', value: 'yesterday' },
            { id: 20, field: 'is_active', value: 'yes' },
          ],
        },
      },
      10,
    );
    const pages = await collect(client.pages());
    expect(pages.map((page) => page.invalid)).toEqual([
      [{ index: 9, upstreamId: '10', reason: 'created_at: expected an ISO 8601 date-time' }],
      [{ index: 9, upstreamId: '20', reason: 'is_active: Invalid input: expected boolean, received string' }],
      [],
    ]);
    expect(idsOf(pages)).toHaveLength(28);
  });

  it('lists the ids matching a filter, for facts the rows do not carry', async () => {
    const { fake, client } = await setup({ size: 3000 });
    const now = fake.clock.now();
    const withToken = fake.dataset.all().filter((record) => record.token !== null).map((record) => record.id);
    const online = fake.dataset.all().filter((record) => isOnline(record, now)).map((record) => record.id);
    expect(online.length).toBeGreaterThan(10);
    expect(await client.ids({ has_token: 'true' })).toEqual(withToken);
    expect(await client.ids({ is_online: 'true' })).toEqual(online);
    expect(fake.requests.at(-1)!.params).toMatchObject({ is_online: 'true', ordering: 'id' });
  });

  it('reads the watermark: the newest (updated_at, id)', async () => {
    const { fake, client } = await setup({ size: 400 });
    const newest = [...fake.dataset.all()].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || b.id - a.id)[0]!;
    const watermark = await client.watermark();
    expect(watermark!.id).toBe(newest.id);
    expect(new Date(watermark!.updatedAt)).toEqual(newest.updatedAt);
    fake.clock.advance(1000);
    const touched = fake.dataset.update(5, { firstName: 'Changed' });
    const moved = await client.watermark();
    expect(moved!.id).toBe(5);
    expect(new Date(moved!.updatedAt)).toEqual(touched.updatedAt);
  });

  it('ends an endless next link with a typed invalid_response', async () => {
    const { fake, client } = await setup({ size: 25, faults: { endlessPages: true } }, 10);
    const error = (await failureOf(client.pages())) as UpstreamError;
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ kind: 'invalid_response', context: { page: 4 } });
    expect(error.message).toContain('announced a next page but sent an empty one');
    expect(fake.requests).toHaveLength(4);
  });
});
