import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchText } from '@/lib/customers/search-text';
import { startCustomerServiceFake, type CustomerServiceFake } from '@/tests/fakes/customer-service/start-customer-service-fake';
import { startMayarFake, type MayarFake } from '@/tests/fakes/mayar/start-mayar-fake';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { expectedFromMayar, expectedFromService, readMirror, sortedById } from './support/expected-mirror';
import { fakeConfig, syncOnce } from './support/sync-harness';

let database: TestDatabase;
let mayar: MayarFake;
let customers: CustomerServiceFake;

beforeAll(async () => {
  database = await createTestDatabase();
  // Mixed spellings of updatedAt and a page size the server overrides, as in the document.
  mayar = await startMayarFake({ size: 5_000, seed: 11, spelling: 'mixed', pageSizeOverride: 480 });
  customers = await startCustomerServiceFake({ size: 5_000, seed: 12 });
});
afterAll(async () => {
  await Promise.all([mayar.close(), customers.close()]);
  await database.drop();
});

describe('a full sync of a 5,000-customer fake mirrors every field of every customer', () => {
  it('Mayar', async () => {
    const run = await syncOnce(database.db, 'mayar', fakeConfig({ mayar }));
    expect(run).toMatchObject({ status: 'SUCCEEDED', error: null, seenCount: 5_000, createdCount: 5_000, upstreamTotal: 5_000, pagesFetched: 11 });
    expect(run.requestsMade).toBe(Math.ceil(5_000 / 480));

    const mirror = await readMirror(database.db, 'MAYAR');
    expect(sortedById(mirror)).toEqual(sortedById(new Map(mayar.dataset.all().map((record) => [record.id, expectedFromMayar(record)]))));
  });

  it('the customer service, with token flags learned from its filters while the pass runs', async () => {
    const before = customers.requests.length;
    const run = await syncOnce(database.db, 'customers', fakeConfig({ customers }));
    expect(run).toMatchObject({ status: 'SUCCEEDED', error: null, seenCount: 5_000, createdCount: 5_000, upstreamTotal: 5_000 });
    const requests = customers.requests.slice(before);
    const isFlagList = (request: (typeof requests)[number]) => 'has_token' in request.params || 'is_online' in request.params;
    const lastListPage = requests.findLastIndex((request) => !isFlagList(request));
    expect(requests.findIndex((request) => request.params.has_token === 'true')).toBeLessThan(lastListPage);
    expect(requests.findIndex((request) => request.params.is_online === 'true')).toBeLessThan(lastListPage);

    const mirror = await readMirror(database.db, 'CUSTOMER_SERVICE');
    const records = customers.dataset.all();
    expect(sortedById(mirror)).toEqual(sortedById(new Map(records.map((record) => [String(record.id), expectedFromService(record)]))));

    const flags = await database.db.customer.findMany({
      where: { source: 'CUSTOMER_SERVICE' },
      select: { upstreamId: true, hasToken: true, lastTokenUseAt: true },
    });
    const byId = new Map(flags.map((row) => [row.upstreamId, row]));
    const online = (record: (typeof records)[number]) =>
      Boolean(record.token?.lastUsedAt && record.token.lastUsedAt.getTime() >= customers.clock.now().getTime() - 5 * 60_000);
    for (const record of records) {
      const row = byId.get(String(record.id))!;
      expect(row.hasToken).toBe(record.token !== null);
      expect(row.lastTokenUseAt !== null).toBe(online(record));
    }
    expect(records.some(online)).toBe(true);
  });

  it('stores the search text of every customer it writes', async () => {
    const rows = await database.db.customer.findMany({
      select: { username: true, mobileNumber: true, email: true, firstName: true, lastName: true, searchText: true },
    });
    expect(rows).toHaveLength(10_000);
    for (const row of rows) expect(row.searchText).toBe(buildSearchText(row));
  });
});
