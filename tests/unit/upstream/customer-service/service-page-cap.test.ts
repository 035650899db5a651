import { afterEach, describe, expect, it } from 'vitest';
import { readUpstreamConfig } from '@/lib/upstream/config';
import { createCustomerServiceClient } from '@/lib/upstream/customer-service/create-customer-service-client';
import type { ServicePage } from '@/lib/upstream/customer-service/service-schemas';
import type { ServiceRecord } from '@/tests/fakes/dataset/service-records';
import { startCustomerServiceFake, type CustomerServiceFake, type CustomerServiceFakeOptions } from '@/tests/fakes/customer-service/start-customer-service-fake';
import { collect } from '../support/client-configs';
import { serviceRecord } from '../support/service-record';
import { virtualClock } from '../support/virtual-clock';

/**
 * CUSTOMERS_PAGE_SIZE allows up to 10,000, but a DRF service cuts `limit` down to its max_limit
 * without saying so. The walks must go by the rows that actually came back.
 */
let fake: CustomerServiceFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function setup(options: CustomerServiceFakeOptions, pageSize: string) {
  fake = await startCustomerServiceFake({ now: new Date('2025-06-01T00:00:00Z'), ...options });
  const config = readUpstreamConfig({ CUSTOMERS_API_BASE_URL: fake.url, CUSTOMERS_API_KEY: fake.apiKey, CUSTOMERS_PAGE_SIZE: pageSize }).customerService!;
  return { fake, client: createCustomerServiceClient(config, { clock: virtualClock() }) };
}

const idsOf = (pages: ServicePage[]) => pages.flatMap((page) => page.rows.map((row) => row.id));

describe('customer-service client asking for more rows than the service gives', () => {
  it('walks everyone exactly once when limit=10000 is capped to 1000', async () => {
    const { fake, client } = await setup({ size: 2500 }, '10000');
    const pages = await collect(client.pages());
    expect(idsOf(pages)).toEqual(fake.dataset.all().map((record) => record.id));
    expect(pages.map((page) => page.rows.length)).toEqual([1000, 1000, 500]);
    expect(fake.requests.map((request) => [request.params.limit, request.params.id_min])).toEqual([
      ['10000', undefined],
      ['10000', '1001'],
      ['10000', '2001'],
    ]);
  });

  it('lists filtered ids completely through a cap far below the configured size', async () => {
    const { fake, client } = await setup({ size: 700, maxLimit: 40 }, '5000');
    const withToken = fake.dataset.all().filter((record) => record.token !== null).map((record) => record.id);
    expect(await client.ids({ has_token: 'true' })).toEqual(withToken);
    expect(fake.requests.length).toBe(Math.ceil(withToken.length / 40));
  });

  it('skips and repeats nobody when customers are deleted and created between capped pages', async () => {
    const { fake, client } = await setup({ size: 450, maxLimit: 100 }, '1000');
    fake.onBeforePage(({ requestNumber }) => {
      if (requestNumber !== 3) return;
      for (const id of [7, 150, 260]) fake.dataset.remove(id);
      fake.dataset.add({ username: 'late.arrival' });
    });
    const seen = idsOf(await collect(client.pages()));
    expect(new Set(seen).size).toBe(seen.length);
    for (const record of fake.dataset.all()) expect(seen, `customer ${record.id}`).toContain(record.id);
  });

  it('reads every change once, oldest first, through a capped tie group many pages long', async () => {
    const bulk = new Date('2025-03-01T00:00:00Z');
    const customers: ServiceRecord[] = Array.from({ length: 900 }, (_, index) =>
      serviceRecord(index + 1, { updatedAt: index % 3 === 0 ? new Date(bulk.getTime() + index) : bulk }),
    );
    const { fake, client } = await setup({ customers, maxLimit: 50 }, '10000');
    const pages = await collect(client.changes(null));
    const expected = [...customers].sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime() || a.id - b.id).map((record) => record.id);
    expect(idsOf(pages)).toEqual(expected);
    expect(fake.requests.every((request) => request.params.limit === '10000')).toBe(true);
  });
});
