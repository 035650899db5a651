import Link from 'next/link';
import { Timestamp } from '@/components/shell/timestamp';
import { Badge } from '@/components/ui/badge';
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import type { SourceStatus } from '@/lib/sync/read-source-statuses';
import { RunProgress } from './run-progress';
import { RunStatusBadge } from './run-status-badge';
import { SyncNowButtons } from './sync-now-buttons';

const SETUP: Record<SourceStatus['setup'], { label: string; variant: 'secondary' | 'outline' | 'destructive' }> = {
  configured: { label: 'configured', variant: 'secondary' },
  demo: { label: 'demo (bundled fake)', variant: 'outline' },
  'not-configured': { label: 'not configured', variant: 'outline' },
  invalid: { label: 'configuration error', variant: 'destructive' },
};

/** One upstream: how it is set up, its newest run (live while running) and the "Sync now" buttons. */
export function SourceCard({ status }: { status: SourceStatus }) {
  const run = status.lastRun;
  const running = run?.status === 'RUNNING';
  const usable = status.setup === 'configured' || status.setup === 'demo';
  return (
    <Card data-testid={`sync-source-${status.name}`}>
      <CardHeader>
        <CardTitle>{status.label}</CardTitle>
        <CardDescription>
          {status.incremental ? 'Incremental syncs read changes since the last one; full syncs also find deletions.' : 'No change filter upstream: every sync is a full pass (unchanged customers are not rewritten).'}
        </CardDescription>
        <CardAction>
          <Badge variant={SETUP[status.setup].variant}>{SETUP[status.setup].label}</Badge>
        </CardAction>
      </CardHeader>
      <CardContent className="grid gap-4">
        {status.problem ? <p className="text-sm whitespace-pre-line text-destructive">{status.problem}</p> : null}
        {run ? (
          <div className="grid gap-2 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <Link href={`/sync/runs/${run.id}`} className="font-medium underline-offset-4 hover:underline">
                Run #{run.id}
              </Link>
              <RunStatusBadge status={run.status} />
              <span className="text-muted-foreground">
                {run.mode.toLowerCase()} · started <Timestamp value={run.startedAt} />
              </span>
            </div>
            {running ? <RunProgress run={run} /> : null}
            {run.error ? <p className="text-destructive">{run.error}</p> : null}
            {run.notice ? <p className="text-muted-foreground">{run.notice}</p> : null}
          </div>
        ) : (
          <p className="text-sm text-muted-foreground">Never synced.</p>
        )}
        <SyncNowButtons source={status.name} incremental={status.incremental} disabled={!usable || running} />
      </CardContent>
    </Card>
  );
}
