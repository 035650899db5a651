/**
 * Everything the customer page shows: the row, its groups, and its snapshot history with what
 * changed between consecutive payloads. Deleted customers exist only for callers who may see them.
 */
import type { Db } from '@/lib/db/client';
import type { Customer, SnapshotChange } from '@/lib/db/types';
import { diffPayloads, type PayloadChange } from './diff-payloads';

export const SNAPSHOT_HISTORY_LIMIT = 100;

export interface SnapshotEntry {
  id: number;
  change: SnapshotChange;
  capturedAt: Date;
  syncRun: { id: number; source: string; mode: string; trigger: string; startedAt: Date } | null;
  /** Against the previous snapshot; empty for the first one shown. */
  changes: PayloadChange[];
}

export interface CustomerDetail {
  customer: Customer;
  groups: { id: number; name: string }[];
  snapshots: SnapshotEntry[];
  /** More snapshots exist than are shown (the oldest are left out). */
  olderSnapshots: boolean;
}

export async function getCustomerDetail(db: Db, id: number, options: { mayIncludeDeleted: boolean }): Promise<CustomerDetail | null> {
  const customer = await db.customer.findUnique({ where: { id } });
  if (!customer || (customer.deletedAt && !options.mayIncludeDeleted)) return null;
  const [members, newestFirst] = await Promise.all([
    db.customerGroupMember.findMany({ where: { customerId: id }, select: { group: { select: { id: true, name: true } } }, orderBy: { group: { name: 'asc' } } }),
    db.customerSnapshot.findMany({
      where: { customerId: id },
      orderBy: [{ capturedAt: 'desc' }, { id: 'desc' }],
      // One extra, to diff the oldest one shown and to know whether there are more.
      take: SNAPSHOT_HISTORY_LIMIT + 1,
      select: {
        id: true,
        change: true,
        capturedAt: true,
        payload: true,
        syncRun: { select: { id: true, source: true, mode: true, trigger: true, startedAt: true } },
      },
    }),
  ]);
  const chronological = [...newestFirst].reverse();
  const snapshots = chronological.map(({ payload, ...snapshot }, index) => ({
    ...snapshot,
    changes: index === 0 ? [] : diffPayloads(chronological[index - 1]!.payload, payload),
  }));
  const olderSnapshots = newestFirst.length > SNAPSHOT_HISTORY_LIMIT;
  return {
    customer,
    groups: members.map((member) => member.group),
    snapshots: (olderSnapshots ? snapshots.slice(1) : snapshots).reverse(),
    olderSnapshots,
  };
}
