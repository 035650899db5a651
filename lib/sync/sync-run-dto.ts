/** A sync run as the API and the portal show it: no cursor, snake_case like the rest of the API. */
import type { SyncRun } from '@/lib/db/types';
import { runRate, runSeconds } from './describe-run';
import { SYNC_SOURCE_NAMES, CUSTOMER_SOURCE_OF, type InvalidRowReport, type SyncSourceName } from './types';

export interface SyncRunDto {
  id: number;
  source: SyncSourceName;
  mode: 'full' | 'incremental';
  status: 'running' | 'succeeded' | 'failed' | 'interrupted';
  trigger: string;
  triggered_by: string | null;
  started_at: string;
  finished_at: string | null;
  duration_seconds: number;
  customers_per_second: number;
  upstream_total: number | null;
  pages: number;
  requests: number;
  seen: number;
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  restored: number;
  invalid: number;
  error: string | null;
  notice: string | null;
  invalid_rows?: InvalidRowReport[];
}

export function sourceNameOf(source: SyncRun['source']): SyncSourceName {
  return SYNC_SOURCE_NAMES.find((name) => CUSTOMER_SOURCE_OF[name] === source)!;
}

export function toSyncRunDto(
  run: SyncRun & { triggeredBy?: { email: string } | null },
  options: { withInvalidRows?: boolean; now?: Date } = {},
): SyncRunDto {
  const now = options.now ?? new Date();
  return {
    id: run.id,
    source: sourceNameOf(run.source),
    mode: run.mode === 'FULL' ? 'full' : 'incremental',
    status: run.status.toLowerCase() as SyncRunDto['status'],
    trigger: run.trigger,
    triggered_by: run.triggeredBy?.email ?? null,
    started_at: run.startedAt.toISOString(),
    finished_at: run.finishedAt?.toISOString() ?? null,
    duration_seconds: Math.round(runSeconds(run, now) * 10) / 10,
    customers_per_second: runRate(run, now),
    upstream_total: run.upstreamTotal,
    pages: run.pagesFetched,
    requests: run.requestsMade,
    seen: run.seenCount,
    created: run.createdCount,
    updated: run.updatedCount,
    unchanged: run.unchangedCount,
    deleted: run.deletedCount,
    restored: run.restoredCount,
    invalid: run.invalidCount,
    error: run.error,
    notice: run.notice,
    ...(options.withInvalidRows ? { invalid_rows: (run.invalidRows ?? []) as InvalidRowReport[] } : {}),
  };
}
