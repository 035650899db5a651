/**
 * Pages become writes in two steps. `planPages` compares a few pages at a time with what we hold
 * (by content hash) as they arrive: customers that did not change are marked seen and dropped at
 * once, and only the changes wait, in `PendingWrites`. `commitPending` then writes everything
 * waiting in one transaction: a lease renewal (a sync that lost its lease writes no more), the
 * new and changed customers with their snapshots, and the run's tally with the cursor a later
 * run may resume from. A crash before a commit leaves the previous commit's state; after it,
 * that of every page planned so far. Planning stays on the sync's one sequence of awaits, so a
 * customer seen again on a later page is compared with the earlier copy's write, whether that is
 * still waiting (the later copy replaces it) or already committed.
 */
import type { Db } from '@/lib/db/client';
import { relaxCommitDurability } from '@/lib/db/dialect/commit-durability';
import { transactionWithDriver } from '@/lib/db/driver-transaction';
import type { CustomerSource } from '@/lib/db/types';
import type { SyncSettings } from './config';
import { renewLease, type Lease } from './lease';
import type { SeenCustomers } from './seen-customers';
import { SyncLeaseLostError } from './sync-errors';
import { MAX_LISTED_INVALID_ROWS, saveRunTally, type RunTally } from './sync-runs';
import type { SourcePage, SyncSourceName } from './types';
import { planPage, writeChanges, type PageChange, type PageWriteCounts } from './write-page';

/** Planned work not yet committed. */
export interface PendingWrites {
  /** By upstream id: a customer whose copy changes again before the commit is written once, as its last copy. */
  changes: Map<string, PageChange>;
  /** The run's tally, every planned page included. */
  tally: RunTally;
  /** When the oldest page not yet committed was planned (`performance.now()`), or null. */
  since: number | null;
}

export function nothingPending(tally: RunTally): PendingWrites {
  return { changes: new Map(), tally, since: null };
}

export interface PagesPlan {
  source: CustomerSource;
  settings: Pick<SyncSettings, 'batchSize'>;
  /** In the order the upstream served them. */
  pages: readonly SourcePage[];
  /** Marked with every customer the pages show, valid or not (new ones once committed). */
  seen: SeenCustomers;
}

/** Adds the pages' changes and counts to `pending`. */
export async function planPages(db: Db, pending: PendingWrites, { source, settings, pages, seen }: PagesPlan): Promise<void> {
  const rows = pages.flatMap((page) => page.rows);
  const plan = await planPage(db, source, rows, settings.batchSize);
  seen.markIds(plan.unchangedIds);
  await markInvalidRows(db, source, pages, seen);
  const changed = new Set(plan.changes.map(({ row }) => row.upstreamId));
  // A later copy that matches what we hold undoes an earlier one still waiting.
  for (const { upstreamId } of rows) if (!changed.has(upstreamId)) pending.changes.delete(upstreamId);
  for (const change of plan.changes) {
    const waiting = pending.changes.get(change.row.upstreamId);
    // Compared with the held row, the later copy looks like the earlier one's kind of change.
    pending.changes.set(change.row.upstreamId, waiting ? { ...change, change: waiting.change } : change);
  }
  // seenCount lags by the new customers still waiting: it is for progress until the commit.
  pending.tally = { ...tallyAfterPages(pending.tally, pages, plan.counts), seenCount: seen.size };
  pending.since ??= performance.now();
}

export interface PendingCommit {
  source: CustomerSource;
  sourceName: SyncSourceName;
  runId: number;
  lease: Lease;
  settings: Pick<SyncSettings, 'leaseSeconds' | 'batchSize'>;
  seen: SeenCustomers;
}

/** Writes everything waiting and saves the tally; returns the tally as saved. */
export async function commitPending(db: Db, pending: PendingWrites, { source, sourceName, runId, lease, settings, seen }: PendingCommit): Promise<RunTally> {
  const changes = [...pending.changes.values()];
  const tally = await transactionWithDriver(
    db,
    async (tx, driver) => {
      await relaxCommitDurability(tx);
      const now = new Date();
      if (!(await renewLease(tx, lease, now, settings.leaseSeconds))) throw new SyncLeaseLostError(sourceName);
      seen.markIds(await writeChanges(tx, driver, { source, runId, now, changes, batchSize: settings.batchSize }));
      const committed = { ...pending.tally, seenCount: seen.size };
      await saveRunTally(tx, runId, committed, now);
      return committed;
    },
    { maxWait: 30_000, timeout: 300_000 },
  );
  pending.changes.clear();
  pending.tally = tally;
  pending.since = null;
  return tally;
}

function tallyAfterPages(tally: RunTally, pages: readonly SourcePage[], counts: PageWriteCounts): RunTally {
  const last = pages.at(-1)!;
  const invalid = pages.flatMap((page) => page.invalid);
  const room = MAX_LISTED_INVALID_ROWS - tally.invalidRows.length;
  return {
    ...tally,
    pagesFetched: tally.pagesFetched + pages.length,
    requestsMade: last.requests,
    upstreamTotal: pages.findLast((page) => page.upstreamTotal !== null)?.upstreamTotal ?? tally.upstreamTotal,
    createdCount: tally.createdCount + counts.created,
    updatedCount: tally.updatedCount + counts.updated,
    restoredCount: tally.restoredCount + counts.restored,
    unchangedCount: tally.unchangedCount + counts.unchanged,
    invalidCount: tally.invalidCount + invalid.length,
    invalidRows: room > 0 ? [...tally.invalidRows, ...invalid.slice(0, room)] : tally.invalidRows,
    cursor: pages.findLast((page) => page.cursor !== null)?.cursor ?? tally.cursor,
  };
}

/** An invalid row keeps its customer from being tombstoned: it is still there upstream. */
async function markInvalidRows(db: Db, source: CustomerSource, pages: readonly SourcePage[], seen: SeenCustomers) {
  const upstreamIds = pages.flatMap((page) => page.invalid).flatMap((invalid) => (invalid.upstreamId === null ? [] : [invalid.upstreamId]));
  if (!upstreamIds.length) return;
  const held = await db.customer.findMany({ where: { source, upstreamId: { in: upstreamIds } }, select: { id: true, upstreamId: true } });
  seen.markIds(held.map((customer) => customer.id));
  const heldIds = new Set(held.map((customer) => customer.upstreamId));
  for (const upstreamId of upstreamIds) if (!heldIds.has(upstreamId)) seen.markUnknown(upstreamId);
}
