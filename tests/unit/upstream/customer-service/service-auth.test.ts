import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerServiceClient } from '@/lib/upstream/customer-service/create-customer-service-client';
import { UpstreamError } from '@/lib/upstream/http/upstream-error';
import { startCustomerServiceFake, type CustomerServiceFake } from '@/tests/fakes/customer-service/start-customer-service-fake';
import { failureOf, serviceConfig } from '../support/client-configs';

const NON_STAFF_KEY = 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00';
let fake: CustomerServiceFake;
beforeAll(async () => {
  fake = await startCustomerServiceFake({ size: 5, nonStaffKeys: [NON_STAFF_KEY] });
});
afterAll(() => fake.close());

async function get(authorization?: string) {
  const response = await fetch(`${fake.url}/api/customers`, { headers: authorization === undefined ? {} : { Authorization: authorization } });
  return { status: response.status, body: (await response.json()) as unknown, challenge: response.headers.get('www-authenticate') };
}

describe('customer-service fake: Django REST Framework token authentication', () => {
  it.each([
    [undefined, 'Authentication credentials were not provided.'],
    ['', 'Authentication credentials were not provided.'],
    ['Bearer abc', 'Authentication credentials were not provided.'],
    ['Token', 'Invalid token header. No credentials provided.'],
    ['Token abc def', 'Invalid token header. Token string should not contain spaces.'],
    ['Token not-a-known-key', 'Invalid token.'],
  ])('answers %j with 401 %j', async (header, detail) => {
    expect(await get(header)).toEqual({ status: 401, body: { detail }, challenge: 'Token' });
  });

  it('accepts the keyword in any case', async () => {
    expect((await get(`token ${fake.apiKey}`)).status).toBe(200);
    expect((await get(`TOKEN ${fake.apiKey}`)).status).toBe(200);
  });

  it('answers a valid key of a non-staff user with 403', async () => {
    expect(await get(`Token ${NON_STAFF_KEY}`)).toEqual({
      status: 403,
      body: { detail: 'You do not have permission to perform this action.' },
      challenge: null,
    });
  });
});

describe('customer-service client: 401 and 403 are distinct errors', () => {
  it('reports a rejected key as unauthorized, without retrying', async () => {
    const before = fake.requests.length;
    const error = (await failureOf(createCustomerServiceClient(serviceConfig(fake, { apiKey: 'wrong' })).pages())) as UpstreamError;
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401, upstream: 'customer-service', attempts: 1 });
    expect(error.message).toMatch(/^The customer service rejected the API key \(401 Unauthorized: Invalid token\.\)\. Check CUSTOMERS_API_KEY\./);
    expect(fake.requests.length - before).toBe(1);
  });

  it('reports a key without permission as forbidden', async () => {
    const error = (await failureOf(createCustomerServiceClient(serviceConfig(fake, { apiKey: NON_STAFF_KEY })).pages())) as UpstreamError;
    expect(error).toMatchObject({ kind: 'forbidden', status: 403, attempts: 1 });
    expect(error.message).toContain('(403 Forbidden: You do not have permission to perform this action.)');
    expect(error.message).toContain("The key's account needs permission to list customers.");
  });
});
