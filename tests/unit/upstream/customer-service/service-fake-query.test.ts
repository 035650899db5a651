import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCustomerServiceFake, type CustomerServiceFake } from '@/tests/fakes/customer-service/start-customer-service-fake';
import { serviceRecord } from '../support/service-record';

const NOW = new Date('2025-06-01T12:00:00.000Z');
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

const customers = [
  serviceRecord(1, { username: 'budi', firstName: 'Budi', lastName: 'Santoso', email: 'Budi.Santoso@Gmail.com', gender: 'male', groups: [1, 2] }),
  serviceRecord(2, { username: 'elodie', firstName: 'Élodie', lastName: 'Dupont', email: '', gender: 'female', avatar: '', token: { lastUsedAt: minutesAgo(4) } }),
  serviceRecord(3, { username: 'ngoc', firstName: 'Ngọc Ánh', lastName: '', mobileNumber: null, gender: 'female', avatar: 'https://x/3.png', groups: [2] }),
  serviceRecord(4, { username: 'yamada', firstName: '太郎', lastName: '山田', mobileNumber: '', gender: 'other', token: { lastUsedAt: minutesAgo(6) } }),
  serviceRecord(5, {
    username: 'sari',
    firstName: 'Sari',
    lastName: 'Budiman',
    gender: null,
    isActive: false,
    isProfileCompleted: true,
    groups: [3],
    token: { lastUsedAt: null },
    lastLogin: new Date('2023-01-01T10:00:00Z'),
    createdAt: new Date('2022-12-31T23:59:59Z'),
    updatedAt: new Date('2025-05-01T00:00:00.123Z'),
  }),
  serviceRecord(12, { username: 'ani', firstName: 'Ani', lastName: 'Budi', email: 'ani@example.com', mobileNumber: null, lastLogin: new Date('2023-01-02T00:00:00Z') }),
];

let fake: CustomerServiceFake;
beforeAll(async () => {
  fake = await startCustomerServiceFake({ customers, now: NOW });
});
afterAll(() => fake.close());

interface ListBody {
  count: number;
  next: string | null;
  previous: string | null;
  results: Record<string, unknown>[];
}

async function list(query: string): Promise<ListBody> {
  const response = await fetch(`${fake.url}/api/customers?${query}`, { headers: { Authorization: `Token ${fake.apiKey}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as ListBody;
}
const ids = async (query: string) => (await list(query)).results.map((row) => row.id);

describe('customer-service fake: the documented query contract', () => {
  it('lists by id, 10 a page by default, with every documented field', async () => {
    const body = await list('');
    expect(body.count).toBe(6);
    expect(body.results.map((row) => row.id)).toEqual([1, 2, 3, 4, 5, 12]);
    expect(body.results[4]).toEqual({
      id: 5,
      username: 'sari',
      mobile_number: '628110000005',
      email: 'user5@example.com',
      avatar: null,
      first_name: 'Sari',
      last_name: 'Budiman',
      full_name: 'Sari Budiman',
      gender: null,
      is_active: false,
      is_profile_completed: true,
      last_login: '2023-01-01T10:00:00Z',
      created_at: '2022-12-31T23:59:59Z',
      updated_at: '2025-05-01T00:00:00.123000Z',
      is_online: false,
    });
    expect(body.results[2]!.full_name).toBe('Ngọc Ánh');
  });

  it('searches every term, case-insensitively, across id, username, mobile, email and names', async () => {
    expect(await ids('search=budi')).toEqual([1, 5, 12]);
    expect(await ids('search=BUDI santoso')).toEqual([1]);
    expect(await ids('search=gmail.com')).toEqual([1]);
    expect(await ids('search=ÉLODIE')).toEqual([2]);
    expect(await ids('search=ngọc')).toEqual([3]);
    expect(await ids('search=山田')).toEqual([4]);
    expect(await ids('search=12')).toEqual([12]);
    expect(await ids('search="sari budiman"')).toEqual([]);
  });

  it('orders by any documented field with empty values last and an id tie-break', async () => {
    expect(await ids('ordering=-id')).toEqual([12, 5, 4, 3, 2, 1]);
    expect(await ids('ordering=gender')).toEqual([2, 3, 1, 4, 5, 12]);
    expect(await ids('ordering=-gender')).toEqual([4, 1, 3, 2, 12, 5]);
    expect(await ids('ordering=email')).toEqual([1, 12, 3, 4, 5, 2]);
    expect(await ids('ordering=-last_login')).toEqual([12, 5, 4, 3, 2, 1]);
    expect(await ids('ordering=last_login')).toEqual([5, 12, 1, 2, 3, 4]);
  });

  it('computes is_online from token use within 5 minutes of its clock', async () => {
    expect(await ids('is_online=true')).toEqual([2]);
    expect((await list('id_min=2&id_max=2')).results[0]!.is_online).toBe(true);
    fake.clock.advance(2 * 60_000);
    expect(await ids('is_online=true')).toEqual([]);
    fake.clock.set(NOW);
  });

  it('treats has_* as "not null and not empty"', async () => {
    expect(await ids('has_email=false')).toEqual([2]);
    expect(await ids('has_avatar=true')).toEqual([3]);
    expect(await ids('has_phone=false')).toEqual([3, 4, 12]);
    expect(await ids('has_token=true')).toEqual([2, 4, 5]);
    expect(await ids('has_last_name=false')).toEqual([3]);
    expect(await ids('has_first_name=true&has_email=true')).toEqual([1, 3, 4, 5, 12]);
  });

  it('filters by flags, gender, groups and id range', async () => {
    expect(await ids('is_active=false')).toEqual([5]);
    expect(await ids('is_profile_completed=1')).toEqual([5]);
    expect(await ids('gender=FEMALE')).toEqual([2, 3]);
    expect(await ids('groups_in=2,3')).toEqual([1, 3, 5]);
    expect(await ids('group_id=1')).toEqual([1]);
    expect(await ids('id_min=3&id_max=5')).toEqual([3, 4, 5]);
  });

  it('filters by dates: a whole UTC day, or inclusive ranges', async () => {
    expect(await ids('last_login_date=2023-01-01')).toEqual([5]);
    expect(await ids('last_login_from=2023-01-01&last_login_to=2023-01-02')).toEqual([5, 12]);
    expect(await ids('created_to=2022-12-31')).toEqual([5]);
    expect(await ids('updated_from=2025-05-01T00:00:00.123Z')).toEqual([5]);
    expect(await ids('updated_from=2025-05-01T00:00:00.124Z')).toEqual([]);
  });

  it('paginates like LimitOffsetPagination, links keeping the other parameters', async () => {
    const first = await list('search=budi&limit=1');
    expect(first.count).toBe(3);
    expect(first.previous).toBeNull();
    expect(first.next).toBe(`${fake.url}/api/customers?search=budi&limit=1&offset=1`);
    const second = await list(new URL(first.next!).search.slice(1));
    expect(second.results.map((row) => row.id)).toEqual([5]);
    expect(second.previous).toBe(`${fake.url}/api/customers?search=budi&limit=1`);
    const last = await list('search=budi&limit=1&offset=2');
    expect(last.next).toBeNull();
    expect(last.previous).toBe(`${fake.url}/api/customers?search=budi&limit=1&offset=1`);
  });

  it('caps limit at max_limit silently, as LimitOffsetPagination does, links carrying the capped limit', async () => {
    const capped = await startCustomerServiceFake({ size: 12, now: NOW, maxLimit: 5 });
    try {
      const response = await fetch(`${capped.url}/api/customers?limit=5000&search=`, { headers: { Authorization: `Token ${capped.apiKey}` } });
      expect(response.status).toBe(200);
      const body = (await response.json()) as ListBody;
      expect(body.results.map((row) => row.id)).toEqual([1, 2, 3, 4, 5]);
      expect(body.count).toBe(12);
      expect(body.next).toBe(`${capped.url}/api/customers?limit=5&search=&offset=5`);
    } finally {
      await capped.close();
    }
  });

  it('falls back to the default limit and offset 0 for values DRF cannot read, instead of a 400', async () => {
    for (const query of ['limit=0', 'limit=-3', 'limit=ten', 'limit=', 'offset=-1&limit=abc', 'offset=x']) {
      const body = await list(query);
      expect(body.results.map((row) => row.id), query).toEqual([1, 2, 3, 4, 5, 12]);
      expect(body.previous, query).toBeNull();
    }
    expect(await ids('limit=+2&offset= 1 ')).toEqual([2, 3]);
    expect((await list('offset=99999999999999999999')).results).toEqual([]);
  });

  it('answers bad filter parameters with 400 and the offending fields', async () => {
    const response = await fetch(`${fake.url}/api/customers?limit=0&ordering=name&is_active=maybe`, {
      headers: { Authorization: `Token ${fake.apiKey}` },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      ordering: ['Select a valid choice. name is not one of the available choices.'],
      is_active: ['Must be a valid boolean.'],
    });
  });

  it('pages id ranges of a filtered list, counting only the range, and follows changes to the table', async () => {
    const page = await list('has_token=true&ordering=id&id_min=3&limit=1');
    expect(page.count).toBe(2);
    expect(page.results.map((row) => row.id)).toEqual([4]);
    expect(await ids('has_token=true&id_min=2.5&id_max=4.5')).toEqual([4]);
    expect(await ids('has_token=true&id_min=6&id_max=5')).toEqual([]);
    expect(await ids('has_token=true&ordering=-id&id_min=3')).toEqual([5, 4]);

    const before = fake.dataset.get(3)!;
    fake.dataset.update(3, { token: { lastUsedAt: minutesAgo(60) }, updatedAt: before.updatedAt });
    try {
      expect(await ids('has_token=true&ordering=id&id_min=3')).toEqual([3, 4, 5]);
    } finally {
      fake.dataset.update(3, { token: before.token, updatedAt: before.updatedAt });
    }
    expect(await ids('has_token=true&ordering=id&id_min=3')).toEqual([4, 5]);
  });
});
