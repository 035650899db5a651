import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as exportCsv } from '@/app/api/customers/export.csv/route';
import { csvHeader, csvRecord } from '@/lib/customers/api/customers-csv';
import { toCustomerDto } from '@/lib/customers/customer-dto';
import { listCustomers } from '@/lib/customers/list-customers';
import { parseCustomerListParams } from '@/lib/customers/list-params';
import { onlineSince, type CustomerListContext } from '@/lib/customers/list-context';
import { EXPORT_BATCH_SIZE } from '@/lib/customers/stream-customers';
import { getDb } from '@/lib/db/client';
import { createApiCallers, useDatabaseForRoutes, withToken, type ApiCallers } from '../../support/customer-api-callers';
import { insertCustomers } from '../../support/customer-fixtures';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let database: TestDatabase;
let callers: ApiCallers;

beforeAll(async () => {
  database = await createTestDatabase();
  useDatabaseForRoutes(database.url);
  callers = await createApiCallers(database.db);
  const names = ['Ann', 'Budi', 'Citra', '=HYPERLINK("x")', 'Élodie', 'Dewi', null];
  // More rows than one export batch, so the stream has to continue after a cursor.
  await insertCustomers(
    database.db,
    Array.from({ length: EXPORT_BATCH_SIZE + 37 }, (_, index) => ({
      firstName: names[index % names.length]!,
      lastName: index % 3 ? `Family ${index % 11}` : null,
      email: index % 5 ? `person${index}@example.com` : null,
      mobileNumber: index % 4 ? `+62812${index}` : '',
      gender: ['male', 'female', null][index % 3]!,
      createdAt: new Date(Date.UTC(2023, 0, 1 + (index % 17))),
      deletedAt: index % 50 === 0 ? new Date('2024-01-01T00:00:00Z') : null,
    })),
  );
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await getDb().$disconnect();
  await database.drop();
});

const request = (query: string, key: string) => new Request(`http://hub.test/api/customers/export.csv${query}`, { headers: withToken(key) });

async function expectedCsv(query: string, context: CustomerListContext) {
  const parsed = parseCustomerListParams(new URLSearchParams(query));
  if (!parsed.ok) throw new Error('bad query');
  const { rows } = await listCustomers(database.db, { ...parsed.query, limit: 1000, offset: 0 }, context);
  const rest = parsed.query.offset === 0 && rows.length === 1000
    ? (await listCustomers(database.db, { ...parsed.query, limit: 1000, offset: 1000 }, context)).rows
    : [];
  const records = [...rows, ...rest].map((row) => csvRecord(toCustomerDto(row, { onlineSince: onlineSince(context), expand: parsed.query.expand })));
  return stringify([csvHeader(parsed.query), ...records]);
}

describe('GET /api/customers/export.csv', () => {
  it('is for admins only, with the DRF answers for everyone else', async () => {
    expect((await exportCsv(request('', callers.staff))).status).toBe(403);
    expect(await (await exportCsv(request('', callers.staff))).json()).toEqual({ detail: 'You do not have permission to perform this action.' });
    expect((await exportCsv(request('', callers.revoked))).status).toBe(401);
    expect((await exportCsv(new Request('http://hub.test/api/customers/export.csv'))).status).toBe(401);
  });

  it('validates parameters like the list', async () => {
    const response = await exportCsv(request('?ordering=secret&has_email=perhaps', callers.admin));
    expect(response.status).toBe(400);
    expect(Object.keys(await response.json()).sort()).toEqual(['has_email', 'ordering']);
  });

  it.each(['', '?ordering=-created_at', '?ordering=email,-id&has_phone=true', '?search=family 1&gender=female&expand=upstream', '?include_deleted=true&ordering=gender'])(
    'streams exactly the list’s rows and order for "%s", every row, as an attachment',
    async (query) => {
      const response = await exportCsv(request(`${query}${query ? '&' : '?'}limit=3&offset=5`, callers.admin));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="customers-\d{8}-\d{6}\.csv"$/);
      const context = { now: new Date(), onlineWindowMinutes: 5, mayIncludeDeleted: true };
      expect(await response.text()).toBe(await expectedCsv(query, context));
    },
  );

  it('neutralises cells a spreadsheet would run as formulas, keeps phone numbers as they are', async () => {
    const text = await (await exportCsv(request('?search=hyperlink', callers.admin))).text();
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(text).toMatch(/,\+62812\d+,/);
  });

  it('records who exported what in the audit log', async () => {
    await exportCsv(request('?gender=male&limit=3', callers.admin));
    const event = await database.db.auditEvent.findFirstOrThrow({ where: { action: 'customers.export' }, orderBy: { id: 'desc' } });
    expect(event).toMatchObject({ actorEmail: 'admin@customers.test', targetType: 'customers', details: { parameters: { gender: 'male', limit: '3' } } });
  });
});
