/** How a run reads in a summary: the CLI's table, the benchmark and the portal share it. */
import type { SyncRun } from '@/lib/db/types';

export interface RunSummary {
  run: number;
  source: string;
  mode: string;
  status: string;
  pages: number;
  requests: number;
  total: number | null;
  seen: number;
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  restored: number;
  invalid: number;
  seconds: number;
  perSecond: number;
}

export function runSeconds(run: Pick<SyncRun, 'startedAt' | 'finishedAt'>, now = new Date()): number {
  return ((run.finishedAt ?? now).getTime() - run.startedAt.getTime()) / 1000;
}

/** Customers taken in per second of the run so far. */
export function runRate(run: Pick<SyncRun, 'startedAt' | 'finishedAt' | 'seenCount'>, now = new Date()): number {
  const seconds = runSeconds(run, now);
  return seconds > 0 ? Math.round(run.seenCount / seconds) : 0;
}

export function summariseRun(run: SyncRun): RunSummary {
  return {
    run: run.id,
    source: run.source,
    mode: run.mode,
    status: run.status,
    pages: run.pagesFetched,
    requests: run.requestsMade,
    total: run.upstreamTotal,
    seen: run.seenCount,
    created: run.createdCount,
    updated: run.updatedCount,
    unchanged: run.unchangedCount,
    deleted: run.deletedCount,
    restored: run.restoredCount,
    invalid: run.invalidCount,
    seconds: Math.round(runSeconds(run) * 100) / 100,
    perSecond: runRate(run),
  };
}
