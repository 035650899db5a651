import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UpstreamError } from '@/lib/upstream/http/upstream-error';
import { createMayarClient } from '@/lib/upstream/mayar/create-mayar-client';
import type { MayarPage } from '@/lib/upstream/mayar/mayar-schemas';
import { generateMayarRecords } from '@/tests/fakes/dataset/mayar-records';
import { startMayarFake, type MayarFake } from '@/tests/fakes/mayar/start-mayar-fake';
import { collect, mayarConfig, walkToFailure } from '../support/client-configs';
import { virtualClock } from '../support/virtual-clock';

const customers = generateMayarRecords({ size: 10_000, seed: 10 });
const expected = customers.map((record) => record.id).sort();
let fake: MayarFake;
beforeEach(async () => {
  fake = await startMayarFake({ customers });
});
afterEach(() => fake.close());

function everyCustomerOnce(pages: MayarPage[]) {
  const ids = pages.flatMap((page) => page.rows.map((row) => row.id));
  expect(ids).toHaveLength(expected.length);
  expect(ids).toEqual(expected);
  expect(pages.every((page) => page.invalid.length === 0)).toBe(true);
}

describe('Mayar client on a 10,000-customer fake', () => {
  it('walks everything with the default settings in ceil(10,000 / 1,000) requests', async () => {
    const client = createMayarClient(mayarConfig(fake));
    const pages = await collect(client.pages());
    everyCustomerOnce(pages);
    expect(client.requestCount).toBe(10);
    expect(pages.at(-1)).toMatchObject({ page: 10, total: 10_000, totalChanged: false, requests: 10 });
  });

  it('still gets every customer exactly once through 429s, 5xx, latency and broken bodies', async () => {
    await fake.close();
    fake = await startMayarFake({
      customers,
      faults: {
        latencyMs: 15,
        rateLimit: { every: 4, retryAfter: '2' },
        serverError: { requests: [2, 7], status: 502 },
        truncatedBody: { requests: [5] },
        malformedJson: { requests: [9] },
      },
    });
    const clock = virtualClock();
    const client = createMayarClient(mayarConfig(fake), { clock });
    const pages = await collect(client.pages());

    everyCustomerOnce(pages);
    const faults = fake.requests.filter((request) => request.fault !== null).length;
    expect(faults).toBeGreaterThanOrEqual(6);
    expect(client.requestCount).toBe(10 + faults);
    expect(clock.sleeps.filter((ms) => ms === 2000).length).toBe(fake.requests.filter((request) => request.status === 429).length);
  });

  it('walks everything through the V2 cursor list, paced at 20 a minute', async () => {
    const clock = virtualClock(0);
    const client = createMayarClient(mayarConfig(fake, { version: 'v2' }), { clock });
    const pages = await collect(client.pages());
    everyCustomerOnce(pages);
    expect(client.requestCount).toBe(200);
    // 200 requests at 20 per sliding minute: the last batch goes out 9 minutes in.
    expect(clock.now()).toBe(9 * 60_000);
  });

  /** Every request from `first` on fails with `status`, as a server that went down (or revoked the key) mid-walk. */
  const failingFrom = (first: number, status: number) => ({ requests: Array.from({ length: 100 }, (_, index) => first + index), status });

  it('ends with a typed unavailable error when a 500 persists from page 5, never as a finished listing', async () => {
    fake.faults.serverError = failingFrom(5, 500);
    const client = createMayarClient(mayarConfig(fake), { clock: virtualClock(), random: () => 0.5 });
    const { pages, error } = await walkToFailure(client.pages());
    expect(pages.map((page) => page.rows.length)).toEqual([1000, 1000, 1000, 1000]);
    expect(pages.at(-1)).toMatchObject({ page: 4, total: 10_000 });
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ kind: 'unavailable', status: 500, attempts: 6, context: { page: 5 } });
    expect((error as Error).message).toBe(
      'Mayar is unavailable (500 Internal Server Error). Try again later. [page 5, GET /hl/v1/customer?page=5&pageSize=1000] Gave up after 6 attempts.',
    );
    expect(client.requestCount).toBe(4 + 6);
  });

  it('ends at once with a typed unauthorized error when the key stops working at page 7', async () => {
    fake.faults.serverError = failingFrom(7, 401);
    const client = createMayarClient(mayarConfig(fake), { clock: virtualClock() });
    const { pages, error } = await walkToFailure(client.pages());
    expect(pages.map((page) => page.page)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401, attempts: 1, context: { page: 7 } });
    expect((error as Error).message).toMatch(/^Mayar rejected the API key \(401 Unauthorized\)\. Check MAYAR_API_KEY\. \[page 7, /);
    expect(client.requestCount).toBe(7);
  });
});
