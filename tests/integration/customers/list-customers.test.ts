import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCustomers } from '@/lib/customers/list-customers';
import { parseCustomerListParams, type CustomerListQuery } from '@/lib/customers/list-params';
import type { CustomerListContext } from '@/lib/customers/list-context';
import { insertCustomers, insertGroups, type SeededCustomer } from '../../support/customer-fixtures';
import { referenceList } from '../../support/customer-list-reference';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

const NOW = new Date('2026-03-10T12:00:00Z');
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const at = (iso: string) => new Date(iso);

let database: TestDatabase;
let customers: SeededCustomer[];
let groups: number[];
const byName: Record<string, SeededCustomer> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  groups = await insertGroups(database.db, ['VIP', 'Newsletter', 'Empty']);
  const [vip, newsletter] = groups as [number, number];
  customers = await insertCustomers(database.db, [
    { firstName: 'Élodie', lastName: 'Dupont', username: 'elodie', email: 'Elodie@Example.com', mobileNumber: '0812345678', gender: 'female', avatar: 'https://a.example/e.png', isProfileCompleted: true, lastLogin: at('2023-01-01T10:00:00Z'), createdAt: at('2022-12-31T23:30:00Z'), updatedAt: at('2023-01-05T00:00:00Z'), hasToken: true, lastTokenUseAt: minutesAgo(1), groupIds: [vip, newsletter] },
    { firstName: 'John', lastName: 'Smith', username: 'john_smith', email: null, mobileNumber: '628111222', gender: 'male', lastLogin: at('2023-01-01T23:59:59.999Z'), createdAt: at('2023-01-01T00:00:00Z'), updatedAt: at('2023-01-01T00:00:00Z'), groupIds: [vip] },
    { firstName: 'Ann', lastName: 'Lee', username: 'mary ann', email: '', mobileNumber: null, gender: 'other', isActive: false, lastLogin: null, createdAt: at('2023-01-02T00:00:00Z'), updatedAt: at('2023-02-01T00:00:00Z'), hasToken: true, lastTokenUseAt: minutesAgo(10) },
    { firstName: '100%', lastName: 'under_score', username: 'pct', email: 'a%b@x.io', mobileNumber: '', gender: null, lastLogin: at('2023-01-02T00:00:00Z'), createdAt: at('2023-01-03T00:00:00Z'), updatedAt: at('2023-01-03T00:00:00Z'), groupIds: [newsletter] },
    { firstName: 'Zoë', lastName: '', username: '', email: 'zoe@example.com', gender: '', lastLogin: at('2022-06-01T00:00:00Z'), createdAt: at('2023-01-04T00:00:00Z'), updatedAt: at('2023-01-04T00:00:00Z') },
    { firstName: 'Ghost', lastName: 'Deleted', username: 'ghost', email: 'ghost@example.com', gender: 'male', deletedAt: at('2024-01-01T00:00:00Z'), createdAt: at('2023-01-05T00:00:00Z'), groupIds: [vip] },
    { firstName: 'Johnny', lastName: 'Appleseed', username: 'JOHNNY', email: 'johnny@apple.com', gender: 'male', isProfileCompleted: true, lastLogin: at('2024-05-05T05:05:05Z'), createdAt: at('2023-01-01T00:00:00Z'), updatedAt: at('2024-05-05T00:00:00Z'), hasToken: true, lastTokenUseAt: minutesAgo(4.9) },
    { firstName: null, lastName: null, username: 'nobody', email: null, mobileNumber: null, avatar: '', gender: 'female', createdAt: at('2023-01-06T00:00:00Z'), updatedAt: at('2023-01-06T00:00:00Z') },
  ]);
  for (const customer of customers) byName[customer.firstName ?? customer.username!] = customer;
});
afterAll(() => database.drop());

const context = (overrides: Partial<CustomerListContext> = {}): CustomerListContext => ({ now: NOW, onlineWindowMinutes: 5, mayIncludeDeleted: false, ...overrides });

function parse(query: string): CustomerListQuery {
  const parsed = parseCustomerListParams(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(`bad test query ${query}: ${JSON.stringify(parsed.errors)}`);
  return parsed.query;
}

async function names(query: string, overrides: Partial<CustomerListContext> = {}) {
  const page = await listCustomers(database.db, parse(query), context(overrides));
  return { count: page.count, names: page.rows.map((row) => row.firstName ?? row.username) };
}

/** The database and the in-memory reference agree on the whole ordered set. */
async function expectReference(query: string, overrides: Partial<CustomerListContext> = {}) {
  const parsed = { ...parse(query), limit: 1000, offset: 0 };
  const page = await listCustomers(database.db, parsed, context(overrides));
  const expected = referenceList(customers, query, context(overrides));
  expect(page.rows.map((row) => row.id)).toEqual(expected.map((row) => row.id));
  expect(page.count).toBe(expected.length);
}

describe('listCustomers', () => {
  it('lists customers that are not deleted, in id order, with the count', async () => {
    expect(await names('')).toEqual({ count: 7, names: ['Élodie', 'John', 'Ann', '100%', 'Zoë', 'Johnny', 'nobody'] });
  });

  it('includes deleted customers only when asked and allowed', async () => {
    expect((await names('include_deleted=true', { mayIncludeDeleted: true })).names).toContain('Ghost');
    expect((await names('include_deleted=true')).names).not.toContain('Ghost');
    expect((await names('include_deleted=false', { mayIncludeDeleted: true })).names).not.toContain('Ghost');
  });

  describe('search', () => {
    it.each([
      ['search=ÉLODIE', ['Élodie']],
      ['search=élodie', ['Élodie']],
      ['search=ZOË', ['Zoë']],
      ['search=john', ['John', 'Johnny']],
      ['search=john smith', ['John']],
      ['search=john,apple', ['Johnny']],
      ['search="mary ann"', ['Ann']],
      ['search="john smith"', []],
      ['search=%', ['100%']],
      ['search=_', ['100%', 'John']],
      ['search=a%b', ['100%']],
      ['search=r_s', ['100%']],
      ['search=0812', ['Élodie']],
      ['search=x.io', ['100%']],
      ['search=ghost', []],
      ['search=no', ['nobody']],
      ['search=zzz', []],
    ])('%s', async (query, expected) => {
      expect((await names(query)).names.sort()).toEqual([...expected].sort());
      await expectReference(query);
    });

    it('matches the id as text', async () => {
      const { id } = byName.Johnny!;
      expect((await names(`search=${id}`)).names).toContain('Johnny');
      await expectReference(`search=${id}`);
    });
  });

  describe('filters', () => {
    it.each([
      ['has_email=true', ['Élodie', 'Johnny', '100%', 'Zoë']],
      ['has_email=false', ['John', 'Ann', 'nobody']],
      ['has_avatar=true', ['Élodie']],
      ['has_phone=false', ['Ann', '100%', 'Zoë', 'Johnny', 'nobody']],
      ['has_first_name=false', ['nobody']],
      ['has_last_name=false', ['Zoë', 'nobody']],
      ['has_token=1', ['Élodie', 'Ann', 'Johnny']],
      ['is_active=FALSE', ['Ann']],
      ['is_profile_completed=true', ['Élodie', 'Johnny']],
      ['is_online=true', ['Élodie', 'Johnny']],
      ['is_online=false', ['John', 'Ann', '100%', 'Zoë', 'nobody']],
      ['gender=MALE', ['John', 'Johnny']],
      ['gender=female', ['Élodie', 'nobody']],
      ['gender=', ['Élodie', 'John', 'Ann', '100%', 'Zoë', 'Johnny', 'nobody']],
      ['last_login_date=2023-01-01', ['Élodie', 'John']],
      ['last_login_from=2023-01-02', ['100%', 'Johnny']],
      ['last_login_to=2023-01-01', ['Élodie', 'John', 'Zoë']],
      ['last_login_to=2023-01-01T10:00:00Z', ['Élodie', 'Zoë']],
      ['last_login_from=2023-01-01T10:00:00Z&last_login_to=2023-01-01T10:00:00.000Z', ['Élodie']],
      ['created_date=2022-12-31', ['Élodie']],
      ['created_date=2023-01-01T05:00:00%2B07:00', ['Élodie']],
      ['created_from=2023-01-01&created_to=2023-01-02', ['John', 'Ann', 'Johnny']],
      ['updated_date=2023-01-01', ['John']],
      ['updated_from=2023-02-01', ['Ann', 'Johnny']],
      ['updated_to=2023-01-03T00:00:00Z', ['John', '100%']],
    ])('%s', async (query, expected) => {
      expect((await names(query)).names.sort()).toEqual([...expected].sort());
      await expectReference(query);
    });

    it('counts "online" against the configured window', async () => {
      expect((await names('is_online=true', { onlineWindowMinutes: 2 })).names).toEqual(['Élodie']);
      expect((await names('is_online=true', { onlineWindowMinutes: 15 })).names).toEqual(['Élodie', 'Ann', 'Johnny']);
    });

    it('counts a token holder whose token was never used as offline', async () => {
      const [unused] = await insertCustomers(database.db, [{ firstName: 'Unused', hasToken: true, lastTokenUseAt: null }]);
      try {
        expect((await names('is_online=false&search=unused')).names).toEqual(['Unused']);
        expect((await names('is_online=true&search=unused')).names).toEqual([]);
      } finally {
        await database.db.customer.delete({ where: { id: unused!.id } });
      }
    });

    it('filters by groups without repeating a customer in several of them', async () => {
      const [vip, newsletter, empty] = groups as [number, number, number];
      expect(await names(`groups_in=${vip},${newsletter}`)).toEqual({ count: 3, names: ['Élodie', 'John', '100%'] });
      expect((await names(`groups_in=${newsletter}`)).names).toEqual(['Élodie', '100%']);
      expect((await names(`groups_in=${empty}`)).names).toEqual([]);
      expect((await names(`group_id=${vip}`)).names).toEqual(['Élodie', 'John']);
      expect((await names(`group_id=${vip}.5`)).names).toEqual([]);
      expect((await names(`groups_in=${vip}&group_id=${newsletter}`)).names).toEqual(['Élodie']);
      await expectReference(`groups_in=${vip},${newsletter},${empty}`);
    });

    it('bounds ids inclusively, rounding fractional bounds inwards', async () => {
      const [first, second, third] = customers.map((customer) => customer.id) as [number, number, number];
      expect((await names(`id_min=${second}&id_max=${third}`)).names).toEqual(['John', 'Ann']);
      expect((await names(`id_min=${first + 0.5}&id_max=${third + 0.5}`)).names).toEqual(['John', 'Ann']);
      expect((await names('id_min=99999999999999999999')).names).toEqual([]);
      expect((await names('id_max=-1')).names).toEqual([]);
    });

    it('combines filters, search and ordering', async () => {
      const query = 'search=e&is_active=true&has_email=true&gender=male&ordering=-created_at';
      expect((await names(query)).names).toEqual(['Johnny']);
      for (const combined of [
        'has_email=true&is_online=true&ordering=email',
        'search=o&has_last_name=true&ordering=-last_login',
        'gender=female&is_profile_completed=false&ordering=username',
        'created_from=2023-01-01&updated_to=2023-01-31&has_phone=true&ordering=-updated_at,id',
      ]) {
        await expectReference(combined);
      }
    });
  });

  describe('ordering', () => {
    it('puts empty values last in both directions and breaks ties by id', async () => {
      expect((await names('ordering=email')).names).toEqual(['Élodie', '100%', 'Johnny', 'Zoë', 'John', 'Ann', 'nobody']);
      expect((await names('ordering=-email')).names).toEqual(['Zoë', 'Johnny', '100%', 'Élodie', 'nobody', 'Ann', 'John']);
      expect((await names('ordering=gender,id')).names).toEqual(['Élodie', 'nobody', 'John', 'Johnny', 'Ann', '100%', 'Zoë']);
      expect((await names('ordering=-last_login')).names).toEqual(['Johnny', '100%', 'John', 'Élodie', 'Zoë', 'nobody', 'Ann']);
    });

    it('sorts text by code point, capitals before lower case', async () => {
      expect((await names('ordering=username')).names).toEqual(['Johnny', 'Élodie', 'John', 'Ann', 'nobody', '100%', 'Zoë']);
    });

    it.each(['id', '-id', 'username', '-username', 'email', '-email', 'gender', '-gender', 'last_login', '-last_login', 'created_at', '-created_at', 'updated_at', '-updated_at', 'gender,-created_at', '-gender,last_login,-id'])(
      'ordering=%s agrees with the reference',
      (ordering) => expectReference(`ordering=${ordering}`, { mayIncludeDeleted: true }),
    );
  });

  describe('pagination', () => {
    it('returns one page and the full count, and an empty page past the end', async () => {
      expect(await names('limit=2&offset=2')).toEqual({ count: 7, names: ['Ann', '100%'] });
      expect(await names('limit=3&offset=6')).toEqual({ count: 7, names: ['nobody'] });
      expect(await names('limit=5&offset=100')).toEqual({ count: 7, names: [] });
      expect(await names('limit=5&offset=9007199254740991')).toEqual({ count: 7, names: [] });
    });

    it.each(['ordering=-created_at', 'ordering=email', 'ordering=gender,-last_login', 'search=o&ordering=-username'])(
      'pages of %s partition the set',
      async (query) => {
        const all = (await listCustomers(database.db, { ...parse(query), limit: 1000 }, context())).rows.map((row) => row.id);
        const paged: number[] = [];
        for (let offset = 0; offset < all.length + 2; offset += 2) {
          paged.push(...(await listCustomers(database.db, { ...parse(query), limit: 2, offset }, context())).rows.map((row) => row.id));
        }
        expect(paged).toEqual(all);
      },
    );
  });
});
