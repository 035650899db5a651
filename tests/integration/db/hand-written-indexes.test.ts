/**
 * The SQL no Prisma schema describes, written by hand into the migrations: the customer list's
 * sort indexes (migration `customer_sort_indexes`) and "missing" indexes (`customer_presence_indexes`),
 * SQLite's FTS5 search table and its triggers, PostgreSQL's pg_trgm index. The drift check cannot
 * see them (the engine skips expression indexes and is told to leave the FTS5 tables alone), so
 * this test reads the catalog of a migrated database, and asks the planner whether the customer
 * list query — exactly the SQL `listCustomers` (GET /api/customers) sends, built by
 * `buildCustomerQuery` — walks its sort index instead of sorting every customer, and finds
 * customers missing a field through that field's index.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { providerOf } from '@/lib/db/provider';
import { Prisma } from '@/lib/db/types';
import { listCustomers } from '@/lib/customers/list-customers';
import { parseCustomerListParams } from '@/lib/customers/list-params';
import type { CustomerListContext } from '@/lib/customers/list-context';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

/** Migration 20261122113000_customer_sort_indexes, on both providers. */
const SORT_INDEXES = ['username', 'email', 'gender', 'lastLogin'].flatMap((column) => [
  `customers_${column}_sort_asc_idx`,
  `customers_${column}_sort_desc_idx`,
]);
const ROWS = 20_000;
/** A field empty in one row of ten: NULL in half of those, '' in the other half. */
const MISSING_ONE_IN_TEN = "CASE WHEN i % 20 = 3 THEN NULL WHEN i % 20 = 13 THEN '' ELSE <value> END";
/** Migration 20261130110747_customer_presence_indexes: each "has X=false" filter and its index. */
const MISSING_INDEXES = [
  ['has_email', 'customers_email_missing_id_idx'],
  ['has_avatar', 'customers_avatar_missing_id_idx'],
  ['has_phone', 'customers_mobileNumber_missing_id_idx'],
  ['has_first_name', 'customers_firstName_missing_id_idx'],
  ['has_last_name', 'customers_lastName_missing_id_idx'],
] as const;
const MISSING_COLUMN = { has_email: 'email', has_avatar: 'avatar', has_phone: 'mobileNumber', has_first_name: 'firstName', has_last_name: 'lastName' } as const;
const provider = providerOf(inject('templateUrl'));

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedCustomers(database);
});
afterAll(() => database?.drop());

/**
 * Enough customers that a full sort is a real cost (PostgreSQL plans from statistics, so it also
 * gets ANALYZE; SQLite is left without statistics, as the app leaves it). Each carries an upstream
 * payload of a few hundred bytes, as real rows do: row width is what makes reading every row cost
 * more than an index. One in ten has an empty username, e-mail or gender, one in seven no last
 * login, one in fifty is deleted; one in ten has no avatar, phone, first or last name (NULL or '').
 */
async function seedCustomers({ provider, db }: TestDatabase) {
  if (provider === 'sqlite') {
    const at = (minutes: string) => `strftime('%Y-%m-%dT%H:%M:%f', '2024-01-01', '+' || (${minutes}) || ' minutes') || '+00:00'`;
    await db.$executeRawUnsafe(`
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${ROWS})
      INSERT INTO "customers" ("source", "upstreamId", "username", "email", "avatar", "mobileNumber", "firstName", "lastName", "gender", "lastLogin", "createdAt", "updatedAt", "deletedAt", "contentHash", "payload", "searchText")
      SELECT 'CUSTOMER_SERVICE', 'u' || i,
        CASE WHEN i % 10 = 0 THEN '' ELSE 'user' || ((i * 7919) % ${ROWS}) END,
        CASE WHEN i % 10 = 1 THEN NULL ELSE 'user' || i || '@example.com' END,
        ${MISSING_ONE_IN_TEN.replaceAll('<value>', "'https://example.com/a/' || i || '.png'")},
        ${MISSING_ONE_IN_TEN.replaceAll('<value>', "'62812' || i")},
        ${MISSING_ONE_IN_TEN.replaceAll('<value>', "'First' || i")},
        ${MISSING_ONE_IN_TEN.replaceAll('<value>', "'Last' || i")},
        CASE i % 4 WHEN 0 THEN 'male' WHEN 1 THEN 'female' WHEN 2 THEN 'other' ELSE '' END,
        CASE WHEN i % 7 = 0 THEN NULL ELSE ${at('i * 13 % 50000')} END,
        ${at('i')}, ${at('i')},
        CASE WHEN i % 50 = 0 THEN ${at('i')} END,
        'hash' || i, json_object('id', i, 'name', 'user' || i, 'bio', printf('%.*c', 320, 'x')), 'user' || i
      FROM n`);
    return;
  }
  const at = (minutes: string) => `timestamptz '2024-01-01 00:00:00Z' + (${minutes}) * interval '1 minute'`;
  await db.$executeRawUnsafe(`
    INSERT INTO "customers" ("source", "upstreamId", "username", "email", "avatar", "mobileNumber", "firstName", "lastName", "gender", "lastLogin", "createdAt", "updatedAt", "deletedAt", "contentHash", "payload", "searchText")
    SELECT 'CUSTOMER_SERVICE', 'u' || i,
      CASE WHEN i % 10 = 0 THEN '' ELSE 'user' || ((i * 7919) % ${ROWS}) END,
      CASE WHEN i % 10 = 1 THEN NULL ELSE 'user' || i || '@example.com' END,
      ${MISSING_ONE_IN_TEN.replaceAll('<value>', "'https://example.com/a/' || i || '.png'")},
      ${MISSING_ONE_IN_TEN.replaceAll('<value>', "'62812' || i")},
      ${MISSING_ONE_IN_TEN.replaceAll('<value>', "'First' || i")},
      ${MISSING_ONE_IN_TEN.replaceAll('<value>', "'Last' || i")},
      (ARRAY['male', 'female', 'other', ''])[i % 4 + 1],
      CASE WHEN i % 7 = 0 THEN NULL ELSE ${at('i * 13 % 50000')} END,
      ${at('i')}, ${at('i')},
      CASE WHEN i % 50 = 0 THEN ${at('i')} END,
      'hash' || i, jsonb_build_object('id', i, 'name', 'user' || i, 'bio', repeat(md5(i::text), 10)), 'user' || i || chr(31) || md5(i::text)
    FROM generate_series(1, ${ROWS}) AS i`);
  await db.$executeRawUnsafe('ANALYZE "customers"');
}

const context: CustomerListContext = { now: new Date('2026-01-01T00:00:00Z'), onlineWindowMinutes: 5, mayIncludeDeleted: false };

/** The statements `listCustomers` sends for these API parameters: the page query, then the count. */
async function customerListStatements(db: Db, parameters: string): Promise<{ page: Prisma.Sql; count: Prisma.Sql }> {
  const parsed = parseCustomerListParams(new URLSearchParams(parameters));
  if (!parsed.ok) throw new Error(`bad parameters ${parameters}: ${JSON.stringify(parsed.errors)}`);
  const captured: Prisma.Sql[] = [];
  const capturing = new Proxy(db, {
    get(target, property) {
      if (property !== '$queryRaw') return Reflect.get(target, property, target);
      // A full page of one row asks for the count too.
      return (sql: Prisma.Sql) => Promise.resolve(captured.push(sql) === 1 ? [{ id: 1 }] : [{ count: 1 }]);
    },
  });
  await listCustomers(capturing, { ...parsed.query, limit: 1 }, context);
  const [page, count] = captured;
  if (!page || !count) throw new Error(`listCustomers sent ${captured.length} queries, not a page and a count`);
  return { page, count };
}

async function customerListSql(db: Db, parameters: string): Promise<Prisma.Sql> {
  return (await customerListStatements(db, parameters)).page;
}

/** The plan, one line per node: SQLite's EXPLAIN QUERY PLAN details or PostgreSQL's EXPLAIN text. */
async function planOf({ provider, db }: TestDatabase, sql: Prisma.Sql): Promise<string[]> {
  if (provider === 'sqlite') {
    const rows = await db.$queryRaw<{ detail: string }[]>(Prisma.sql`EXPLAIN QUERY PLAN ${sql}`);
    return rows.map((row) => row.detail);
  }
  const rows = await db.$queryRaw<{ 'QUERY PLAN': string }[]>(Prisma.sql`EXPLAIN (COSTS OFF) ${sql}`);
  return rows.map((row) => row['QUERY PLAN'].trim());
}

describe('hand-written indexes after migrating', () => {
  it('every sort index of migration customer_sort_indexes is on "customers"', async () => {
    const indexes =
      database.provider === 'sqlite'
        ? await database.db.$queryRawUnsafe<{ name: string; table: string }[]>(
            `SELECT name, tbl_name AS "table" FROM sqlite_master WHERE type = 'index' AND name LIKE '%sort%'`,
          )
        : await database.db.$queryRawUnsafe<{ name: string; table: string }[]>(
            `SELECT indexname AS name, tablename AS "table" FROM pg_indexes WHERE schemaname = current_schema() AND indexname LIKE '%sort%'`,
          );
    expect(indexes.map((index) => index.name).sort()).toEqual([...SORT_INDEXES].sort());
    for (const index of indexes) expect(index.table).toBe('customers');
  });

  it.each([
    ['username', 'customers_username_sort_asc_idx'],
    ['-username', 'customers_username_sort_desc_idx'],
    ['email', 'customers_email_sort_asc_idx'],
    ['-email', 'customers_email_sort_desc_idx'],
    ['gender', 'customers_gender_sort_asc_idx'],
    ['-gender', 'customers_gender_sort_desc_idx'],
    ['last_login', 'customers_lastLogin_sort_asc_idx'],
    ['-last_login', 'customers_lastLogin_sort_desc_idx'],
  ])('the customer list ordered by %s walks %s instead of sorting', async (ordering, index) => {
    const plan = await planOf(database, await customerListSql(database.db, `ordering=${ordering}&limit=20`));
    const detail = plan.join('\n');
    if (database.provider === 'sqlite') {
      expect(detail).toMatch(new RegExp(`^SCAN c USING (COVERING )?INDEX ${index}\\b`, 'm'));
      expect(detail).not.toContain('TEMP B-TREE');
    } else {
      expect(detail).toMatch(new RegExp(`Index (Only )?Scan using "?${index}"? on customers c`));
      expect(detail).not.toMatch(/Sort/);
    }
  });
});

describe('"missing" indexes after migrating', () => {
  it.each(MISSING_INDEXES)('%s=false finds its page and its count through an index (%s)', async (parameter, index) => {
    const { page, count } = await customerListStatements(database.db, `${parameter}=false`);
    const pagePlan = (await planOf(database, page)).join('\n');
    const countPlan = (await planOf(database, count)).join('\n');
    if (database.provider === 'sqlite') {
      expect(pagePlan).toMatch(new RegExp(`^SEARCH c USING INDEX ${index} \\(<expr>=\\?\\)`, 'm'));
      expect(pagePlan).not.toContain('TEMP B-TREE');
      // E-mails may be counted from a sort index, which leads with the same expression.
      expect(countPlan).toMatch(/^SEARCH c USING (COVERING )?INDEX \w+ \(<expr>=\?\)/m);
    } else {
      // With statistics, a page may as well walk the live ids and skip the one row in ten that has the field.
      expect(pagePlan).toMatch(/Index (Only )?Scan using \S+ on customers c/);
      expect(pagePlan).not.toMatch(/Sort|Seq Scan/);
      expect(countPlan).toMatch(new RegExp(`Index (Only )?Scan (using|on) "?${index}"?`));
    }
  });

  it.each(MISSING_INDEXES)('%s filters exactly the customers with an empty (NULL or \'\') field', async (parameter) => {
    const column = MISSING_COLUMN[parameter];
    const live = await database.db.customer.findMany({ where: { deletedAt: null } });
    const empty = live.filter((customer) => !customer[column]).map((customer) => customer.id);
    for (const [wanted, expected] of [['false', empty], ['true', live.map((customer) => customer.id).filter((id) => !empty.includes(id))]] as const) {
      const parsed = parseCustomerListParams(new URLSearchParams(`${parameter}=${wanted}`));
      if (!parsed.ok) throw new Error('bad parameters');
      const { count, rows } = await listCustomers(database.db, { ...parsed.query, limit: ROWS }, context);
      expect(count).toBe(expected.length);
      expect(rows.map((row) => row.id).sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
    }
  });
});

// Each provider's own search index; the other provider has nothing to run here, so nothing is registered.
if (provider === 'sqlite') describe('SQLite substring search index', () => {
  it('an FTS5 trigram table over "customers"."searchText", kept in step by three triggers', async () => {
    const objects = await database.db.$queryRawUnsafe<{ type: string; name: string; table: string; sql: string }[]>(
      `SELECT type, name, tbl_name AS "table", sql FROM sqlite_master WHERE name = 'customer_search' OR type = 'trigger' ORDER BY name`,
    );
    const search = objects.find((object) => object.name === 'customer_search');
    expect(search?.type).toBe('table');
    expect(search?.sql).toMatch(/USING fts5\("searchText", content='customers', content_rowid='id', tokenize='trigram'\)/);
    const triggers = objects.filter((object) => object.type === 'trigger');
    expect(triggers.map((trigger) => [trigger.name, trigger.table])).toEqual([
      ['customers_search_delete', 'customers'],
      ['customers_search_insert', 'customers'],
      ['customers_search_update', 'customers'],
    ]);
  });

  it('the triggers keep the index in step with inserts, updates and deletes', async () => {
    const { db } = database;
    const matches = async (term: string) =>
      (await db.$queryRawUnsafe<{ id: number }[]>(`SELECT rowid AS id FROM customer_search WHERE customer_search MATCH ?`, `"${term}"`)).map(
        (row) => Number(row.id),
      );
    const customer = await db.customer.create({
      data: { source: 'MAYAR', upstreamId: 'fts-check', createdAt: new Date(), updatedAt: new Date(), contentHash: 'x', payload: {}, searchText: 'quokka' },
    });
    expect(await matches('quokk')).toEqual([customer.id]);
    await db.customer.update({ where: { id: customer.id }, data: { searchText: 'wombat' } });
    expect(await matches('quokk')).toEqual([]);
    expect(await matches('omba')).toEqual([customer.id]);
    await db.customer.delete({ where: { id: customer.id } });
    expect(await matches('omba')).toEqual([]);
  });

  it('a search in the customer list reads the FTS5 index', async () => {
    const plan = await planOf(database, await customerListSql(database.db, 'search=user12345'));
    expect(plan.join('\n')).toMatch(/SCAN customer_search VIRTUAL TABLE INDEX/);
  });
});

if (provider === 'postgresql') describe('PostgreSQL substring search index', () => {
  it('a GIN pg_trgm index on "customers"."searchText", and the extension it needs', async () => {
    const [index] = await database.db.$queryRawUnsafe<{ indexdef: string }[]>(
      `SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'customers_search_trgm'`,
    );
    expect(index?.indexdef).toMatch(/ON public\.customers USING gin \("searchText" gin_trgm_ops\)/);
    const extensions = await database.db.$queryRawUnsafe<{ extname: string }[]>(`SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'`);
    expect(extensions).toHaveLength(1);
  });

  it('the partial index that gives the default (id) order of customers not deleted', async () => {
    const [index] = await database.db.$queryRawUnsafe<{ indexdef: string }[]>(
      `SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'customers_live_id_idx'`,
    );
    expect(index?.indexdef).toMatch(/ON public\.customers USING btree \(id\) WHERE \("deletedAt" IS NULL\)/);
  });

  it('a search in the customer list reads the trigram index', async () => {
    // Ten characters of one customer's md5: their trigrams are rare, as in real names and e-mails.
    const term = createHash('md5').update('12345').digest('hex').slice(0, 10);
    const plan = await planOf(database, await customerListSql(database.db, `search=${term}`));
    expect(plan.join('\n')).toMatch(/Bitmap Index Scan on customers_search_trgm/);
  });
});
