import { Progress } from '@/components/ui/progress';
import type { SyncRun } from '@/lib/db/types';
import { runRate } from '@/lib/sync/describe-run';
import { formatCount } from './format-count';

/** Where a running sync stands: customers taken in against the upstream's total, pages and rate. */
export function RunProgress({ run }: { run: SyncRun }) {
  const total = run.upstreamTotal ?? 0;
  const label = total ? `${formatCount(run.seenCount)} / ${formatCount(total)} customers` : `${formatCount(run.seenCount)} customers`;
  return (
    <div className="grid gap-1.5" data-testid="sync-progress">
      <Progress value={Math.min(run.seenCount, total)} max={total || 1} aria-label={`Run #${run.id} progress`} />
      <p className="text-xs text-muted-foreground tabular-nums">
        {label} · {formatCount(run.pagesFetched)} pages · {formatCount(runRate(run))}/s
      </p>
    </div>
  );
}
