/**
 * Pages read since the last commit, all or nothing: a lease renewal (a sync that lost its lease
 * writes no more), the pages' new and changed customers with their snapshots, and the run's
 * tally with the cursor a later run may resume from. A crash before the commit leaves the
 * previous pages' state; after it, these pages'. Pages with nothing to write are not committed
 * at all (their tally is saved with later pages, at most a second later): a quiet re-sync costs
 * reads, not commits.
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
import { planPage, writeChanges } from './write-page';

/** Longest a run's saved tally may lag behind its pages. */
const TALLY_SAVE_INTERVAL_MS = 1_000;

export interface PagesCommit {
  source: CustomerSource;
  sourceName: SyncSourceName;
  runId: number;
  lease: Lease;
  settings: Pick<SyncSettings, 'leaseSeconds' | 'batchSize'>;
  /** The run's tally before these pages, and when it was last saved. */
  tally: RunTally;
  savedAt: number;
  /** In the order the upstream served them. */
  pages: readonly SourcePage[];
  /** Marked with every customer the pages show, valid or not. */
  seen: SeenCustomers;
}

/** Returns the tally after the pages, and when it was saved. */
export async function commitPages(db: Db, commit: PagesCommit): Promise<{ tally: RunTally; savedAt: number }> {
  const { source, settings, pages, seen } = commit;
  // Only this run writes the source's customers (it holds the lease), so reading ahead of the
  // transaction is safe; the transaction re-checks the lease before writing.
  const plan = await planPage(db, source, pages.flatMap((page) => page.rows), settings.batchSize);
  seen.markIds(plan.unchangedIds);
  await markInvalidRows(db, source, pages, seen);
  const next = tallyAfterPages(commit.tally, pages, plan.counts);
  const cursorMoved = next.cursor !== commit.tally.cursor;
  if (!plan.changes.length && !cursorMoved && Date.now() - commit.savedAt < TALLY_SAVE_INTERVAL_MS) {
    return { tally: { ...next, seenCount: seen.size }, savedAt: commit.savedAt };
  }
  const tally = await transactionWithDriver(
    db,
    async (tx, driver) => {
      await relaxCommitDurability(tx);
      const now = new Date();
      if (!(await renewLease(tx, commit.lease, now, settings.leaseSeconds))) throw new SyncLeaseLostError(commit.sourceName);
      seen.markIds(await writeChanges(tx, driver, { source, runId: commit.runId, now, changes: plan.changes, batchSize: settings.batchSize }));
      const committed = { ...next, seenCount: seen.size };
      await saveRunTally(tx, commit.runId, committed, now);
      return committed;
    },
    { maxWait: 30_000, timeout: 300_000 },
  );
  return { tally, savedAt: Date.now() };
}

function tallyAfterPages(
  tally: RunTally,
  pages: readonly SourcePage[],
  counts: { created: number; updated: number; restored: number; unchanged: number },
): RunTally {
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
