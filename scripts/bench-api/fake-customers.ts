/**
 * Deterministic, realistic customers for the API benchmark, generated fast: name pools come from
 * faker once (Indonesian and international, with accents), rows are assembled from a seeded
 * PRNG. Field shapes follow the customer-service document; searchText comes from buildSearchText.
 */
import { Faker, base, en, id_ID, fr } from '@faker-js/faker';
import { buildSearchText } from '@/lib/customers/search-text';

export interface BenchCustomer {
  source: 'MAYAR' | 'CUSTOMER_SERVICE';
  upstreamId: string;
  username: string | null;
  mobileNumber: string | null;
  email: string | null;
  avatar: string | null;
  firstName: string | null;
  lastName: string | null;
  gender: string | null;
  isActive: boolean;
  isProfileCompleted: boolean;
  lastLogin: Date | null;
  hasToken: boolean;
  lastTokenUseAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
  contentHash: string;
  payload: string;
  searchText: string;
}

const DAY = 86_400_000;

function mulberry32(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function namePools(seed: number) {
  const pool = (locale: typeof en, size: number) => {
    const faker = new Faker({ locale: [locale, en, base], seed });
    return {
      first: Array.from({ length: size }, () => faker.person.firstName()),
      last: Array.from({ length: size }, () => faker.person.lastName()),
    };
  };
  const indonesian = pool(id_ID, 400);
  const international = pool(en, 400);
  const french = pool(fr, 100);
  return {
    first: [...indonesian.first, ...international.first, ...french.first],
    last: [...indonesian.last, ...international.last, ...french.last],
  };
}

const ascii = (text: string) => text.normalize('NFD').replace(/[^\p{Letter}\p{Number}]/gu, '').toLowerCase() || 'user';

/** `count` customers starting at `offset` of the endless sequence for `seed`. */
export function* fakeCustomers(count: number, { seed = 42, offset = 0, now = new Date('2026-01-01T00:00:00Z') } = {}) {
  const { first, last } = namePools(seed);
  const random = mulberry32(seed * 7919 + offset);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const chance = (p: number) => random() < p;
  const past = (days: number) => new Date(now.getTime() - Math.floor(random() * days * DAY));
  for (let index = offset; index < offset + count; index += 1) {
    const firstName = chance(0.97) ? pick(first) : null;
    const lastName = chance(0.85) ? pick(last) : chance(0.5) ? '' : null;
    const handle = `${ascii(firstName ?? 'guest')}${lastName ? `.${ascii(lastName)}` : ''}${index}`;
    const email = chance(0.9) ? (chance(0.2) ? `${handle[0]!.toUpperCase()}${handle.slice(1)}@Example.com` : `${handle}@${pick(['gmail.com', 'yahoo.co.id', 'example.com', 'outlook.com'])}`) : chance(0.5) ? '' : null;
    const mobileNumber = chance(0.8) ? `${pick(['08', '628', '+628'])}${Math.floor(1e9 + random() * 9e9)}` : null;
    const createdAt = past(5 * 365);
    const updatedAt = new Date(createdAt.getTime() + Math.floor(random() * (now.getTime() - createdAt.getTime())));
    const hasToken = chance(0.5);
    const customer: Omit<BenchCustomer, 'searchText' | 'payload' | 'contentHash'> = {
      source: chance(0.5) ? 'CUSTOMER_SERVICE' : 'MAYAR',
      upstreamId: `bench-${seed}-${index}`,
      username: chance(0.9) ? handle : null,
      mobileNumber,
      email,
      avatar: chance(0.6) ? `https://avatars.example.com/u/${index}.png` : null,
      firstName,
      lastName,
      gender: chance(0.9) ? pick(['male', 'female', 'male', 'female', 'other']) : null,
      isActive: chance(0.9),
      isProfileCompleted: chance(0.6),
      lastLogin: chance(0.7) ? past(2 * 365) : null,
      hasToken,
      lastTokenUseAt: hasToken ? (chance(0.03) ? new Date(now.getTime() - Math.floor(random() * 4 * 60_000)) : past(365)) : null,
      createdAt,
      updatedAt,
      deletedAt: chance(0.02) ? past(30) : null,
    };
    const payload = JSON.stringify({ id: customer.upstreamId, first_name: firstName, last_name: lastName, email, mobile_number: mobileNumber });
    yield { ...customer, payload, contentHash: `h${index}`, searchText: buildSearchText(customer) } satisfies BenchCustomer;
  }
}
