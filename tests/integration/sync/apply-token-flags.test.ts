import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyTokenFlags } from '@/lib/sync/apply-token-flags';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  const customer = (source: 'MAYAR' | 'CUSTOMER_SERVICE', upstreamId: string, hasToken: boolean) => ({
    source,
    upstreamId,
    hasToken,
    createdAt: new Date('2025-01-01T00:00:00Z'),
    updatedAt: new Date('2025-01-01T00:00:00Z'),
    contentHash: upstreamId,
    payload: {},
  });
  await database.db.customer.createMany({
    data: [
      customer('CUSTOMER_SERVICE', '1', false),
      customer('CUSTOMER_SERVICE', '2', true),
      customer('CUSTOMER_SERVICE', '3', true),
      customer('CUSTOMER_SERVICE', '4', false),
      // Another source's customers share upstream ids but never the flags.
      customer('MAYAR', '1', false),
      customer('MAYAR', '2', true),
    ],
  });
});
afterAll(() => database.drop());

async function flagsOf(source: 'MAYAR' | 'CUSTOMER_SERVICE') {
  const rows = await database.db.customer.findMany({ where: { source }, orderBy: { upstreamId: 'asc' } });
  return Object.fromEntries(rows.map((row) => [row.upstreamId, { hasToken: row.hasToken, lastTokenUseAt: row.lastTokenUseAt }]));
}

describe('applyTokenFlags', () => {
  it('sets hasToken to exactly the listed ids, marks the online ones, and leaves other sources alone', async () => {
    const now = new Date('2025-06-01T12:00:00.000Z');
    const mayarBefore = await flagsOf('MAYAR');
    const writes = await applyTokenFlags(database.db, {
      source: 'CUSTOMER_SERVICE',
      now,
      flags: { withToken: new Set(['1', '2', '99']), online: new Set(['2', '98']) },
    });
    // '1' gained a token, '3' lost it; '2' and '4' already said the right thing.
    expect(writes).toEqual({ tokenFlagsChanged: 2, onlineMarked: 1 });
    expect(await flagsOf('CUSTOMER_SERVICE')).toEqual({
      '1': { hasToken: true, lastTokenUseAt: null },
      '2': { hasToken: true, lastTokenUseAt: now },
      '3': { hasToken: false, lastTokenUseAt: null },
      '4': { hasToken: false, lastTokenUseAt: null },
    });
    expect(await flagsOf('MAYAR')).toEqual(mayarBefore);
  });

  it('empty lists clear every token and mark nobody online', async () => {
    const writes = await applyTokenFlags(database.db, { source: 'CUSTOMER_SERVICE', now: new Date(), flags: { withToken: new Set(), online: new Set() } });
    expect(writes).toEqual({ tokenFlagsChanged: 2, onlineMarked: 0 });
    expect(Object.values(await flagsOf('CUSTOMER_SERVICE')).map((flags) => flags.hasToken)).toEqual([false, false, false, false]);
    expect((await flagsOf('MAYAR'))['2']!.hasToken).toBe(true);
  });
});
