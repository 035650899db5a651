import Link from 'next/link';
import { Timestamp } from '@/components/shell/timestamp';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { runRate, runSeconds } from '@/lib/sync/describe-run';
import type { ListedRun } from '@/lib/sync/list-sync-runs';
import { sourceNameOf } from '@/lib/sync/sync-run-dto';
import { SOURCE_LABELS } from '@/lib/sync/types';
import { formatCount } from './format-count';
import { RunStatusBadge } from './run-status-badge';

const NUMBERS = ['Seen', 'Created', 'Updated', 'Deleted', 'Invalid'] as const;

export function RunsTable({ runs }: { runs: ListedRun[] }) {
  if (runs.length === 0) return <p className="py-6 text-sm text-muted-foreground">No sync has run yet.</p>;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Run</TableHead>
          <TableHead>Source</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Started</TableHead>
          <TableHead className="text-right">Duration</TableHead>
          {NUMBERS.map((label) => (
            <TableHead key={label} className="text-right">
              {label}
            </TableHead>
          ))}
          <TableHead className="text-right">Rate</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {runs.map((run) => (
          <TableRow key={run.id} data-testid="sync-run-row">
            <TableCell>
              <Link href={`/sync/runs/${run.id}`} className="font-medium underline-offset-4 hover:underline">
                #{run.id}
              </Link>
            </TableCell>
            <TableCell>
              {SOURCE_LABELS[sourceNameOf(run.source)]} <span className="text-muted-foreground">· {run.mode.toLowerCase()} · {run.trigger}</span>
            </TableCell>
            <TableCell>
              <RunStatusBadge status={run.status} />
            </TableCell>
            <TableCell>
              <Timestamp value={run.startedAt} />
            </TableCell>
            <TableCell className="text-right tabular-nums">{runSeconds(run).toFixed(1)} s</TableCell>
            {[run.seenCount, run.createdCount, run.updatedCount, run.deletedCount, run.invalidCount].map((value, index) => (
              <TableCell key={NUMBERS[index]} className="text-right tabular-nums">
                {formatCount(value)}
              </TableCell>
            ))}
            <TableCell className="text-right tabular-nums">{formatCount(runRate(run))}/s</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
