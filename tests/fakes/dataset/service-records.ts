import { createPeople, typedEmail } from './people';
import { DATASET_EPOCH } from './reference-time';
import { seededRandom, type SeededRandom } from './seeded-random';

/** A customer as the customer-service fake stores it: every field of its document plus groups and a token. */
export interface ServiceRecord {
  id: number;
  username: string;
  mobileNumber: string | null;
  /** Django's blank CharFields are '' rather than null. */
  email: string;
  avatar: string | null;
  firstName: string;
  lastName: string;
  gender: 'male' | 'female' | 'other' | null;
  isActive: boolean;
  isProfileCompleted: boolean;
  lastLogin: Date | null;
  createdAt: Date;
  updatedAt: Date;
  groups: number[];
  /** Authentication token: `lastUsedAt` within the online window makes the customer online. */
  token: { lastUsedAt: Date | null } | null;
}

export interface ServiceDatasetOptions {
  size: number;
  seed?: number;
  /** The fake's "now": tokens used within 5 minutes of it are online. */
  now?: Date;
}

export const GROUP_IDS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
const DAY_MS = 86_400_000;

function between(random: SeededRandom, start: number, end: number): Date {
  return new Date(start + Math.floor(random.next() * Math.max(0, end - start)));
}

/** Django usernames are unique: a second "budi.santoso" becomes "budi.santoso2" (or the next free number). */
function createUsernames() {
  const taken = new Set<string>();
  const nextSuffix = new Map<string, number>();
  return (email: string, firstName: string, id: number): string => {
    const base = (email.split('@')[0] || firstName.toLowerCase().replace(/\s+/g, '.') || `user${id}`).slice(0, 30);
    let suffix = nextSuffix.get(base) ?? 1;
    let name = suffix === 1 ? base : `${base}${suffix}`;
    while (taken.has(name)) name = `${base}${++suffix}`;
    nextSuffix.set(base, suffix + 1);
    taken.add(name);
    return name;
  };
}

function pickGender(random: SeededRandom): ServiceRecord['gender'] {
  const roll = random.int(1, 100);
  return roll <= 44 ? 'female' : roll <= 88 ? 'male' : roll <= 92 ? 'other' : null;
}

function tokenUse(random: SeededRandom, end: number): Date | null {
  const roll = random.int(1, 100);
  if (roll <= 20) return null;
  if (roll <= 30) return new Date(end - random.int(0, 299_000));
  return between(random, end - 90 * DAY_MS, end - 10 * 60_000);
}

export function generateServiceRecords({ size, seed = 1, now = DATASET_EPOCH }: ServiceDatasetOptions): ServiceRecord[] {
  const random = seededRandom(seed ^ 0x5eed);
  const person = createPeople(seed + 7, random);
  const end = now.getTime();
  const start = end - 3 * 365 * DAY_MS;
  const step = (end - start) / Math.max(1, size);
  // Bulk updates (a migration, a mass deactivation) leave many rows sharing one updated_at.
  const bulkUpdates = Array.from({ length: 3 }, () => end - random.int(1, 200) * DAY_MS);
  const usernameFor = createUsernames();

  const records: ServiceRecord[] = [];
  for (let id = 1; id <= size; id++) {
    const someone = person();
    const createdAt = new Date(Math.floor(start + (id - 1) * step + random.next() * step));
    const bulk = random.pick(bulkUpdates);
    const updatedAt = random.chance(0.15) && bulk > createdAt.getTime() ? new Date(bulk) : between(random, createdAt.getTime(), end);
    const hasToken = random.chance(0.45);
    const email = random.chance(0.08) ? '' : typedEmail(random, someone.email);
    const firstName = random.chance(0.05) ? '' : someone.firstName;
    const lastName = random.chance(0.12) ? '' : someone.lastName;
    const mobileNumber = random.chance(0.12) ? random.pick([null, '']) : someone.mobile;
    records.push({
      id,
      username: usernameFor(email.toLowerCase(), someone.firstName, id),
      mobileNumber,
      email,
      avatar: random.chance(0.6) ? `https://cdn.example.com/avatars/${id}.jpg` : random.chance(0.75) ? null : '',
      firstName,
      lastName,
      gender: pickGender(random),
      isActive: random.chance(0.9),
      isProfileCompleted: Boolean(email && firstName && lastName && mobileNumber) && random.chance(0.8),
      lastLogin: random.chance(0.25) ? null : between(random, createdAt.getTime(), end),
      createdAt,
      updatedAt,
      groups: GROUP_IDS.filter(() => random.chance(0.18)),
      token: hasToken ? { lastUsedAt: tokenUse(random, end) } : null,
    });
  }
  return records;
}
