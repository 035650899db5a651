/**
 * Customers for tests, written the way every writer must (searchText from buildSearchText).
 * Each seed may name the groups it belongs to.
 */
import type { Db } from '@/lib/db/client';
import type { Customer } from '@/lib/db/types';
import { buildSearchText } from '@/lib/customers/search-text';

export interface CustomerSeed {
  source?: 'MAYAR' | 'CUSTOMER_SERVICE';
  upstreamId?: string;
  username?: string | null;
  mobileNumber?: string | null;
  email?: string | null;
  avatar?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  gender?: string | null;
  isActive?: boolean;
  isProfileCompleted?: boolean;
  lastLogin?: Date | null;
  hasToken?: boolean;
  lastTokenUseAt?: Date | null;
  createdAt?: Date;
  updatedAt?: Date;
  deletedAt?: Date | null;
  groupIds?: number[];
}

export type SeededCustomer = Customer & { groupIds: number[] };

let sequence = 0;

export async function insertCustomers(db: Db, seeds: readonly CustomerSeed[]): Promise<SeededCustomer[]> {
  const created: SeededCustomer[] = [];
  for (const { groupIds = [], ...seed } of seeds) {
    sequence += 1;
    const fields = {
      username: seed.username ?? null,
      mobileNumber: seed.mobileNumber ?? null,
      email: seed.email ?? null,
      firstName: seed.firstName ?? null,
      lastName: seed.lastName ?? null,
    };
    const customer = await db.customer.create({
      data: {
        source: 'CUSTOMER_SERVICE',
        upstreamId: `seed-${process.pid}-${sequence}`,
        createdAt: new Date('2024-01-01T00:00:00Z'),
        updatedAt: new Date('2024-01-02T00:00:00Z'),
        contentHash: `hash-${sequence}`,
        payload: { seed: sequence },
        ...seed,
        ...fields,
        searchText: buildSearchText(fields),
        groups: { create: groupIds.map((groupId) => ({ groupId })) },
      },
    });
    created.push({ ...customer, groupIds });
  }
  return created;
}

export async function insertGroups(db: Db, names: readonly string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const name of names) ids.push((await db.customerGroup.create({ data: { name } })).id);
  return ids;
}
