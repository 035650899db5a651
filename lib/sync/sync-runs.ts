/**
 * The record of every sync: created when it starts, its tally saved with every committed page
 * (so a crash leaves an accurate account of what was written), closed when it ends.
 */
import type { DbOrTransaction } from '@/lib/db/dialect/provider-of-db';
import type { CustomerSource, SyncMode, SyncRun, SyncStatus } from '@/lib/db/types';
import type { InvalidRowReport, SyncTrigger } from './types';

/** Invalid rows kept on a run; the count keeps going past it. */
export const MAX_LISTED_INVALID_ROWS = 1000;

export interface RunTally {
  pagesFetched: number;
  requestsMade: number;
  upstreamTotal: number | null;
  seenCount: number;
  createdCount: number;
  updatedCount: number;
  unchangedCount: number;
  deletedCount: number;
  restoredCount: number;
  invalidCount: number;
  invalidRows: InvalidRowReport[];
  cursor: string | null;
}

export function emptyTally(): RunTally {
  return {
    pagesFetched: 0,
    requestsMade: 0,
    upstreamTotal: null,
    seenCount: 0,
    createdCount: 0,
    updatedCount: 0,
    unchangedCount: 0,
    deletedCount: 0,
    restoredCount: 0,
    invalidCount: 0,
    invalidRows: [],
    cursor: null,
  };
}

export interface NewRun {
  source: CustomerSource;
  mode: SyncMode;
  trigger: SyncTrigger;
  triggeredById: number | null;
  startedAt: Date;
}

export function createSyncRun(db: DbOrTransaction, run: NewRun): Promise<SyncRun> {
  return db.syncRun.create({ data: { ...run, heartbeatAt: run.startedAt } });
}

export async function saveRunTally(db: DbOrTransaction, runId: number, tally: RunTally, now: Date): Promise<void> {
  await db.syncRun.update({
    where: { id: runId },
    data: { ...tally, invalidRows: tally.invalidRows.length ? tally.invalidRows : undefined, heartbeatAt: now },
  });
}

export async function finishSyncRun(
  db: DbOrTransaction,
  runId: number,
  outcome: { status: Exclude<SyncStatus, 'RUNNING'>; error: string | null; notice: string | null; tally: RunTally; now: Date },
): Promise<SyncRun> {
  const { tally, now } = outcome;
  return db.syncRun.update({
    where: { id: runId },
    data: {
      ...tally,
      invalidRows: tally.invalidRows.length ? tally.invalidRows : undefined,
      status: outcome.status,
      error: outcome.error,
      notice: outcome.notice,
      heartbeatAt: now,
      finishedAt: now,
    },
  });
}

/**
 * Runs still marked RUNNING whose holder no longer holds a live lease died mid-way (killed,
 * crashed, host lost): they become INTERRUPTED. Safe to call at any time from any process.
 */
export async function interruptAbandonedRuns(db: DbOrTransaction, now: Date): Promise<number> {
  const running = await db.syncRun.findMany({ where: { status: 'RUNNING' }, select: { id: true, source: true, heartbeatAt: true } });
  if (!running.length) return 0;
  const leases = await db.syncLease.findMany();
  let interrupted = 0;
  for (const run of running) {
    const lease = leases.find((candidate) => candidate.source === run.source);
    if (lease && lease.runId === run.id && lease.expiresAt >= now) continue;
    const { count } = await db.syncRun.updateMany({
      where: { id: run.id, status: 'RUNNING' },
      data: {
        status: 'INTERRUPTED',
        finishedAt: now,
        error: `Interrupted: the process running this sync stopped before it finished (last heartbeat ${run.heartbeatAt.toISOString()}). Pages committed before that are kept; the next run continues or restarts.`,
      },
    });
    interrupted += count;
  }
  return interrupted;
}

/** Where an incremental run starts: the last cursor any run of the source committed. */
export async function resumeCursor(db: DbOrTransaction, source: CustomerSource): Promise<string | null> {
  const run = await db.syncRun.findFirst({
    where: { source, cursor: { not: null } },
    orderBy: { id: 'desc' },
    select: { cursor: true },
  });
  return run?.cursor ?? null;
}

/** When the source last finished a full pass successfully (the schedule runs one a day). */
export async function lastFullSyncAt(db: DbOrTransaction, source: CustomerSource): Promise<Date | null> {
  const run = await db.syncRun.findFirst({
    where: { source, mode: 'FULL', status: 'SUCCEEDED' },
    orderBy: { id: 'desc' },
    select: { finishedAt: true },
  });
  return run?.finishedAt ?? null;
}
