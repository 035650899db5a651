import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCustomers } from '@/lib/customers/list-customers';
import { parseCustomerListParams } from '@/lib/customers/list-params';
import { insertCustomers } from '../../support/customer-fixtures';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

// Past an offset of 1000 the page is read through a second query over ids; both ways must agree.
const ROWS = 1_150;
let database: TestDatabase;
const context = { now: new Date(), onlineWindowMinutes: 5, mayIncludeDeleted: false };

beforeAll(async () => {
  database = await createTestDatabase();
  await insertCustomers(
    database.db,
    Array.from({ length: ROWS }, (_, index) => ({
      email: index % 7 ? `p${index % 97}@example.com` : null,
      createdAt: new Date(Date.UTC(2023, 0, 1 + (index % 13))),
      deletedAt: index % 40 === 0 ? new Date('2024-01-01T00:00:00Z') : null,
    })),
  );
});
afterAll(() => database.drop());

function parse(query: string) {
  const parsed = parseCustomerListParams(new URLSearchParams(query));
  if (!parsed.ok) throw new Error('bad query');
  return parsed.query;
}

describe('deep pages', () => {
  it.each(['', 'ordering=-created_at', 'ordering=email', 'ordering=-email&has_email=true'])('%s: pages around offset 1000 continue the same order', async (query) => {
    const ids: number[] = [];
    let count = 0;
    for (let offset = 0; offset < ROWS; offset += 500) {
      const page = await listCustomers(database.db, { ...parse(query), limit: 500, offset }, context);
      ids.push(...page.rows.map((row) => row.id));
      count = page.count;
    }
    expect(ids).toHaveLength(count);
    for (const offset of [990, 1000, 1001, 1010]) {
      const page = await listCustomers(database.db, { ...parse(query), limit: 20, offset }, context);
      expect(page.rows.map((row) => row.id)).toEqual(ids.slice(offset, offset + 20));
      expect(page.count).toBe(count);
    }
  });
});
