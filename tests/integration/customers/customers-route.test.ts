import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/customers/route';
import { forgetCustomerCounts } from '@/lib/customers/count-cache';
import { getDb } from '@/lib/db/client';
import { createApiCallers, useDatabaseForRoutes, withToken, type ApiCallers } from '../../support/customer-api-callers';
import { insertCustomers, type SeededCustomer } from '../../support/customer-fixtures';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

const BASE = 'http://hub.test/api/customers';
let database: TestDatabase;
let callers: ApiCallers;
let customers: SeededCustomer[];

beforeAll(async () => {
  database = await createTestDatabase();
  useDatabaseForRoutes(database.url);
  vi.stubEnv('CUSTOMERS_COUNT_CACHE_SECONDS', '0');
  callers = await createApiCallers(database.db);
  customers = await insertCustomers(database.db, [
    { firstName: 'Élodie', lastName: 'Dupont', username: 'elodie', email: 'elodie@example.com', mobileNumber: '0812', gender: 'female', avatar: 'https://a.example/e.png', lastLogin: new Date('2023-01-01T10:00:00.5Z'), createdAt: new Date('2022-12-31T23:30:00Z'), updatedAt: new Date('2023-01-05T00:00:00Z'), hasToken: true, lastTokenUseAt: new Date() },
    { firstName: 'John', lastName: null, username: 'john', gender: 'male' },
    { firstName: null, lastName: 'Solo', username: 'solo' },
    { firstName: 'Ghost', username: 'ghost', deletedAt: new Date('2024-01-01T00:00:00Z') },
    { firstName: 'Ann', username: 'ann', isActive: false },
  ]);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await getDb().$disconnect();
  await database.drop();
});

const get = (query = '', headers: Record<string, string> = withToken(callers.staff)) => GET(new Request(`${BASE}${query}`, { headers }));

async function json(query = '', headers?: Record<string, string>) {
  const response = await get(query, headers);
  return { status: response.status, body: await response.json(), headers: response.headers };
}

describe('GET /api/customers: authentication and permission (DRF TokenAuthentication)', () => {
  it.each([
    ['no header', {}, 'Authentication credentials were not provided.'],
    ['another scheme', { authorization: 'Bearer abc' }, 'Authentication credentials were not provided.'],
    ['a bare keyword', { authorization: 'Token' }, 'Invalid token header. No credentials provided.'],
    ['a key with spaces', { authorization: 'Token abc def' }, 'Invalid token header. Token string should not contain spaces.'],
    ['an unknown key', { authorization: 'Token chub_0000000000000000000000000000000000000000' }, 'Invalid token.'],
  ])('401 for %s', async (_case, headers, detail) => {
    const response = await json('?limit=nope', headers);
    expect(response).toMatchObject({ status: 401, body: { detail } });
    expect(response.headers.get('www-authenticate')).toBe('Token');
  });

  it('401 for a revoked token and for an inactive user, before parameters are validated', async () => {
    expect(await json('?limit=nope', withToken(callers.revoked))).toMatchObject({ status: 401, body: { detail: 'Invalid token.' } });
    expect(await json('?limit=nope', withToken(callers.inactive))).toMatchObject({ status: 401, body: { detail: 'User inactive or deleted.' } });
  });

  it('accepts the keyword in any case', async () => {
    expect((await json('', { authorization: `tOkEn ${callers.staff}` })).status).toBe(200);
  });

  it('403 when staff ask for deleted customers; admins get them', async () => {
    expect(await json('?include_deleted=true')).toEqual({
      status: 403,
      body: { detail: 'You do not have permission to perform this action.' },
      headers: expect.anything(),
    });
    expect((await json('?include_deleted=false')).status).toBe(200);
    const admin = await json('?include_deleted=1&search=ghost', withToken(callers.admin));
    expect(admin.body.results.map((row: { username: string }) => row.username)).toEqual(['ghost']);
  });
});

describe('GET /api/customers: bad input', () => {
  it.each([
    ['?limit=abc', { limit: ['Enter a whole number.'] }],
    ['?limit=0', { limit: ['Ensure this value is greater than or equal to 1.'] }],
    ['?limit=1001', { limit: ['Ensure this value is less than or equal to 1000.'] }],
    ['?offset=-1', { offset: ['Ensure this value is greater than or equal to 0.'] }],
    ['?offset=1.5', { offset: ['Enter a whole number.'] }],
    ['?offset=99999999999999999999', { offset: ['Ensure this value is less than or equal to 9007199254740991.'] }],
    ['?is_active=maybe', { is_active: ['Must be a valid boolean.'] }],
    ['?gender=robot', { gender: ['Select a valid choice. robot is not one of the available choices.'] }],
    ['?ordering=password', { ordering: ['Select a valid choice. password is not one of the available choices.'] }],
    ['?id_min=ten', { id_min: ['Enter a number.'] }],
    ['?groups_in=1,x', { groups_in: ['Enter a number.'] }],
    ['?created_date=2023-02-30', { created_date: ['Enter a valid date.'] }],
    ['?last_login_from=yesterday', { last_login_from: ['Enter a valid date/time.'] }],
    ['?expand=everything', { expand: ['Select a valid choice. everything is not one of the available choices.'] }],
    [`?search=${'x'.repeat(300)}`, { search: ['Ensure this value has at most 256 characters.'] }],
  ])('%s → 400', async (query, errors) => {
    expect(await json(query)).toMatchObject({ status: 400, body: errors });
  });

  it('names every offending parameter at once and ignores unknown ones', async () => {
    const { status, body } = await json('?limit=x&offset=y&has_email=perhaps&color=blue&updated_to=never');
    expect(status).toBe(400);
    expect(Object.keys(body).sort()).toEqual(['has_email', 'limit', 'offset', 'updated_to']);
    expect((await json('?color=blue&page=3')).status).toBe(200);
  });

  it('treats an empty value as "not filtered"', async () => {
    const all = (await json('')).body;
    expect(all.count).toBe(4);
    expect((await json('?gender=&is_active=&created_from=&search=')).body).toEqual(all);
  });
});

describe('GET /api/customers: the response', () => {
  it('has exactly the document’s fields, timestamps in UTC with Z', async () => {
    const { status, body } = await json('?search=elodie');
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(['count', 'next', 'previous', 'results']);
    const [row] = body.results;
    expect(Object.keys(row)).toEqual([
      'id', 'username', 'mobile_number', 'email', 'avatar', 'first_name', 'last_name', 'full_name', 'gender',
      'is_active', 'is_profile_completed', 'last_login', 'created_at', 'updated_at', 'is_online',
    ]);
    expect(row).toMatchObject({
      id: customers[0]!.id,
      full_name: 'Élodie Dupont',
      mobile_number: '0812',
      last_login: '2023-01-01T10:00:00.500Z',
      created_at: '2022-12-31T23:30:00.000Z',
      updated_at: '2023-01-05T00:00:00.000Z',
      is_online: true,
      is_active: true,
    });
  });

  it('computes full_name from whichever names exist', async () => {
    const { body } = await json('?ordering=id');
    const full = Object.fromEntries(body.results.map((row: { username: string; full_name: string }) => [row.username, row.full_name]));
    expect(full).toMatchObject({ john: 'John', solo: 'Solo', ann: 'Ann' });
  });

  it('adds the upstream block only with expand=upstream', async () => {
    const { body } = await json('?search=elodie&expand=upstream');
    expect(body.results[0].upstream).toEqual({
      source: 'CUSTOMER_SERVICE',
      upstream_id: customers[0]!.upstreamId,
      first_seen_at: customers[0]!.firstSeenAt.toISOString(),
      last_synced_at: customers[0]!.lastSyncedAt.toISOString(),
      deleted_at: null,
    });
    expect((await json('?search=elodie')).body.results[0]).not.toHaveProperty('upstream');
  });

  it('links pages with absolute URLs that keep every other parameter', async () => {
    const first = await json('?limit=2&search=o&zeta=1');
    expect(first.body.count).toBe(3);
    expect(first.body.previous).toBeNull();
    expect(first.body.next).toBe(`${BASE}?limit=2&offset=2&search=o&zeta=1`);
    const second = await json('?search=o&limit=2&offset=2&zeta=1');
    expect(second.body.next).toBeNull();
    expect(second.body.previous).toBe(`${BASE}?limit=2&search=o&zeta=1`);
    const middle = await json('?limit=1&offset=2');
    expect(middle.body.previous).toBe(`${BASE}?limit=1&offset=1`);
    expect(middle.body.next).toBe(`${BASE}?limit=1&offset=3`);
    const past = await json('?offset=50');
    expect(past.body).toMatchObject({ count: 4, next: null, previous: `${BASE}?limit=10&offset=40`, results: [] });
  });

  it('links to the host the client called, not the address Next listens on', async () => {
    const request = new Request('http://localhost:3000/api/customers?limit=1', { headers: { ...withToken(callers.staff), host: 'hub.example.com:8443' } });
    const body = await (await GET(request)).json();
    expect(body.next).toBe('http://hub.example.com:8443/api/customers?limit=1&offset=1');
  });

  it('serves counts from the cache for a few seconds, and afresh once a writer says so', async () => {
    vi.stubEnv('CUSTOMERS_COUNT_CACHE_SECONDS', '60');
    try {
      const before = (await json('?limit=1')).body.count;
      const [extra] = await insertCustomers(database.db, [{ firstName: 'Late', username: 'late' }]);
      expect((await json('?limit=1')).body.count).toBe(before);
      forgetCustomerCounts();
      expect((await json('?limit=1')).body.count).toBe(before + 1);
      await database.db.customer.delete({ where: { id: extra!.id } });
      forgetCustomerCounts();
    } finally {
      vi.stubEnv('CUSTOMERS_COUNT_CACHE_SECONDS', '0');
    }
  });
});

describe('GET /api/customers: failures', () => {
  it('answers 500 {"detail": "Server error."} and logs the error, without a stack for the client', async () => {
    const db = getDb();
    const query = vi.spyOn(db, '$queryRaw').mockRejectedValueOnce(new Error('disk on fire'));
    const log = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const response = await get();
      expect(response.status).toBe(500);
      expect(await response.text()).toBe('{"detail":"Server error."}');
      expect(log.mock.calls.map(([line]) => String(line)).join('')).toContain('disk on fire');
    } finally {
      query.mockRestore();
      log.mockRestore();
    }
  });
});
