import { Timestamp } from '@/components/shell/timestamp';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { runRate, runSeconds } from '@/lib/sync/describe-run';
import type { ListedRun } from '@/lib/sync/list-sync-runs';
import { MAX_LISTED_INVALID_ROWS } from '@/lib/sync/sync-runs';
import type { InvalidRowReport } from '@/lib/sync/types';
import { formatCount } from './format-count';
import { RunProgress } from './run-progress';
import { RunStatusBadge } from './run-status-badge';

/** Everything recorded about one run: counts, timing, rate, error or notice, and its invalid rows. */
export function RunDetails({ run }: { run: ListedRun }) {
  const invalidRows = (run.invalidRows ?? []) as InvalidRowReport[];
  const facts: [string, React.ReactNode][] = [
    ['Status', <RunStatusBadge key="status" status={run.status} />],
    ['Mode', run.mode.toLowerCase()],
    ['Trigger', `${run.trigger}${run.triggeredBy ? ` by ${run.triggeredBy.email}` : ''}`],
    ['Started', <Timestamp key="started" value={run.startedAt} />],
    ['Finished', <Timestamp key="finished" value={run.finishedAt} empty="not yet" />],
    ['Duration', `${runSeconds(run).toFixed(1)} s`],
    ['Rate', `${formatCount(runRate(run))} customers/s`],
    ['Upstream total', run.upstreamTotal === null ? '—' : formatCount(run.upstreamTotal)],
    ['Pages / requests', `${formatCount(run.pagesFetched)} / ${formatCount(run.requestsMade)}`],
    ['Seen', formatCount(run.seenCount)],
    ['Created', formatCount(run.createdCount)],
    ['Updated', formatCount(run.updatedCount)],
    ['Unchanged', formatCount(run.unchangedCount)],
    ['Deleted (tombstoned)', formatCount(run.deletedCount)],
    ['Restored', formatCount(run.restoredCount)],
    ['Invalid rows', formatCount(run.invalidCount)],
  ];
  return (
    <div className="grid grid-cols-1 gap-6">
      {run.error ? (
        <Alert variant="destructive">
          <AlertTitle>{run.status === 'INTERRUPTED' ? 'Interrupted' : 'Failed'}</AlertTitle>
          <AlertDescription>{run.error}</AlertDescription>
        </Alert>
      ) : null}
      {run.notice ? (
        <Alert>
          <AlertTitle>Note</AlertTitle>
          <AlertDescription>{run.notice}</AlertDescription>
        </Alert>
      ) : null}
      <Card>
        <CardContent className="grid gap-4">
          {run.status === 'RUNNING' ? <RunProgress run={run} /> : null}
          <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-4">
            {facts.map(([label, value]) => (
              <div key={label} className="grid gap-0.5">
                <dt className="text-muted-foreground">{label}</dt>
                <dd className="tabular-nums">{value}</dd>
              </div>
            ))}
          </dl>
        </CardContent>
      </Card>
      {invalidRows.length ? (
        <Card>
          <CardHeader>
            <CardTitle>Invalid upstream rows</CardTitle>
            {run.invalidCount > invalidRows.length ? (
              <p className="text-sm text-muted-foreground">The first {MAX_LISTED_INVALID_ROWS} of {formatCount(run.invalidCount)}.</p>
            ) : null}
          </CardHeader>
          <CardContent>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Page</TableHead>
                  <TableHead>Upstream id</TableHead>
                  <TableHead>Reason</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {invalidRows.map((row, index) => (
                  <TableRow key={index}>
                    <TableCell className="tabular-nums">{row.page}</TableCell>
                    <TableCell className="font-mono text-xs">{row.upstreamId ?? 'unreadable'}</TableCell>
                    <TableCell className="text-sm">{row.reason}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
