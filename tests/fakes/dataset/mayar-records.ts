import { createPeople, typedEmail } from './people';
import { DATASET_EPOCH } from './reference-time';
import { seededRandom, type SeededRandom } from './seeded-random';

/** A customer as the Mayar fake stores it: the document's row, times in epoch milliseconds. */
export interface MayarRecord {
  id: string;
  createdAt: number;
  email: string | null;
  mobile: string;
  name: string;
  status: string;
  updatedAt: number;
  userId: string;
}

export interface MayarDatasetOptions {
  size: number;
  seed?: number;
  /** Newest possible timestamp; fixed by default so a seed always gives the same data. */
  now?: Date;
}

const YEAR_MS = 365 * 86_400_000;

/** A version-4 UUID from the seeded generator (faker's own is several times slower). */
function uuid(random: SeededRandom): string {
  const hex = (digits: number) => Math.floor(random.next() * 16 ** digits).toString(16).padStart(digits, '0');
  const variant = (8 + random.int(0, 3)).toString(16);
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(6)}${hex(6)}`;
}

export function generateMayarRecords({ size, seed = 1, now = DATASET_EPOCH }: MayarDatasetOptions): MayarRecord[] {
  const random = seededRandom(seed);
  const person = createPeople(seed, random);
  const merchant = uuid(random);
  const end = now.getTime();
  // Bulk imports: many customers created within a few milliseconds of each other, as in the document's sample.
  const imports = Array.from({ length: 4 }, () => end - random.int(30, 700) * 86_400_000);

  const records: MayarRecord[] = [];
  for (let index = 0; index < size; index++) {
    const someone = person();
    const createdAt = random.chance(0.2) ? random.pick(imports) + random.int(0, 60) : end - Math.floor(random.next() * 3 * YEAR_MS);
    records.push({
      id: uuid(random),
      createdAt,
      email: random.chance(0.05) ? random.pick(['', null]) : typedEmail(random, someone.email),
      mobile: random.chance(0.04) ? '' : someone.mobile,
      name: someone.enteredName,
      status: random.chance(0.88) ? 'active' : random.chance(0.92) ? 'inactive' : 'suspended',
      updatedAt: random.chance(0.7) ? createdAt + random.int(0, 2) : createdAt + Math.floor(random.next() * (end - createdAt)),
      userId: merchant,
    });
  }
  return records;
}
