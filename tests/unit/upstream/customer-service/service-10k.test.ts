import { afterEach, describe, expect, it } from 'vitest';
import { createCustomerServiceClient } from '@/lib/upstream/customer-service/create-customer-service-client';
import type { ServicePage } from '@/lib/upstream/customer-service/service-schemas';
import { UpstreamError } from '@/lib/upstream/http/upstream-error';
import { generateServiceRecords } from '@/tests/fakes/dataset/service-records';
import type { Faults } from '@/tests/fakes/http/faults';
import { startCustomerServiceFake, type CustomerServiceFake } from '@/tests/fakes/customer-service/start-customer-service-fake';
import { collect, failureOf, serviceConfig } from '../support/client-configs';
import { virtualClock } from '../support/virtual-clock';

const customers = generateServiceRecords({ size: 10_000, seed: 21 });
const allIds = customers.map((record) => record.id);

let fake: CustomerServiceFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(faults: Faults = {}) {
  await fake?.close();
  fake = await startCustomerServiceFake({ customers, faults });
  return fake;
}

const sortedIds = (pages: ServicePage[]) => pages.flatMap((page) => page.rows.map((row) => row.id)).sort((a, b) => a - b);
const FAULTS: Faults = {
  latencyMs: 10,
  rateLimit: { every: 5, retryAfter: '3' },
  serverError: { requests: [2, 8], status: 503 },
  truncatedBody: { requests: [4] },
  malformedJson: { requests: [11] },
};

describe('customer-service client on a 10,000-customer fake', () => {
  it('walks everything with the default settings in ceil(10,000 / 1,000) requests', async () => {
    const fake = await start();
    const client = createCustomerServiceClient(serviceConfig(fake));
    const pages = await collect(client.pages());
    expect(pages.flatMap((page) => page.rows.map((row) => row.id))).toEqual(allIds);
    expect(client.requestCount).toBe(10);
  });

  it('reads every change with the default settings', async () => {
    const fake = await start();
    const pages = await collect(createCustomerServiceClient(serviceConfig(fake)).changes(null));
    expect(sortedIds(pages)).toEqual(allIds);
  });

  it('still gets every customer exactly once through 429s, 5xx, latency and broken bodies', async () => {
    const fake = await start(structuredClone(FAULTS));
    const clock = virtualClock();
    const client = createCustomerServiceClient(serviceConfig(fake), { clock, random: () => 0.5 });
    const pages = await collect(client.pages());
    expect(pages.flatMap((page) => page.rows.map((row) => row.id))).toEqual(allIds);
    const faulted = fake.requests.filter((request) => request.fault !== null).length;
    expect(faulted).toBeGreaterThanOrEqual(5);
    expect(client.requestCount).toBe(10 + faulted);
    expect(clock.sleeps).toContain(3000);
  });

  it('still reads every change exactly once through the same faults', async () => {
    const fake = await start(structuredClone(FAULTS));
    const pages = await collect(createCustomerServiceClient(serviceConfig(fake), { clock: virtualClock() }).changes(null));
    expect(sortedIds(pages)).toEqual(allIds);
  });

  it('gives each unrecoverable fault its typed error', async () => {
    const cases: [Faults, Partial<UpstreamError>][] = [
      [{ serverError: { every: 1, status: 500 } }, { kind: 'unavailable', status: 500, attempts: 6 }],
      [{ rateLimit: { every: 1, retryAfter: '1' } }, { kind: 'rate_limited', status: 429, attempts: 6 }],
      [{ malformedJson: { every: 1 } }, { kind: 'invalid_response', attempts: 6 }],
      [{ truncatedBody: { every: 1 } }, { kind: 'invalid_response', attempts: 6 }],
      [{ endlessPages: true }, { kind: 'invalid_response', attempts: 1 }],
    ];
    for (const [faults, expected] of cases) {
      const fake = await start(faults);
      const error = await failureOf(createCustomerServiceClient(serviceConfig(fake), { clock: virtualClock() }).pages());
      expect(error).toBeInstanceOf(UpstreamError);
      expect(error).toMatchObject(expected);
    }
  });

  it('times out a server that does not answer', async () => {
    const fake = await start({ latencyMs: 300 });
    const client = createCustomerServiceClient(serviceConfig(fake, { timeoutMs: 100, maxRetries: 1 }), { clock: virtualClock() });
    const error = (await failureOf(client.changes(null))) as UpstreamError;
    expect(error).toMatchObject({ kind: 'unavailable', attempts: 2 });
    expect(error.message).toContain('The customer service did not answer within 100 ms');
  });
});
