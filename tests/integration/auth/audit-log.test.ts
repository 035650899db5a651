import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditQuerySchema, listAuditEvents } from '@/lib/audit/list-audit-events';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let database: TestDatabase;
let ids: number[];
beforeAll(async () => {
  database = await createTestDatabase();
  for (let i = 0; i < 12; i += 1) {
    await database.db.auditEvent.create({
      data: { action: i % 3 === 0 ? 'token.create' : 'auth.sign_in', actorEmail: `u${i}@example.com`, ip: '192.0.2.1' },
    });
  }
  ids = (await database.db.auditEvent.findMany({ select: { id: true }, orderBy: { id: 'desc' } })).map((row) => row.id);
});
afterAll(() => database.drop());

const pageIds = async (query: Record<string, string>, size = 5) => {
  const page = await listAuditEvents(database.db, auditQuerySchema.parse(query), size);
  return { ids: page.events.map((event) => event.id), olderThan: page.olderThan, newerThan: page.newerThan };
};

describe('listAuditEvents', () => {
  it('pages newest first with cursors in both directions', async () => {
    const first = await pageIds({});
    expect(first).toEqual({ ids: ids.slice(0, 5), olderThan: ids[4], newerThan: null });
    const second = await pageIds({ before: String(first.olderThan) });
    expect(second).toEqual({ ids: ids.slice(5, 10), olderThan: ids[9], newerThan: ids[5] });
    const last = await pageIds({ before: String(second.olderThan) });
    expect(last).toEqual({ ids: ids.slice(10), olderThan: null, newerThan: ids[10] });
    expect(await pageIds({ after: String(last.newerThan) })).toEqual({ ids: ids.slice(5, 10), olderThan: ids[9], newerThan: ids[5] });
    expect(await pageIds({ after: String(second.newerThan) })).toEqual({ ids: ids.slice(0, 5), olderThan: ids[4], newerThan: null });
  });

  it('filters by action and ignores unknown filters and junk cursors', async () => {
    const tokens = await pageIds({ action: 'token.create' }, 50);
    expect(tokens.ids).toHaveLength(4);
    expect(await pageIds({ action: 'drop table', before: 'abc' }, 50)).toMatchObject({ ids });
  });
});
