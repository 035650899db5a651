import { Timestamp } from '@/components/shell/timestamp';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { AuditPage } from '@/lib/audit/list-audit-events';

export function AuditTable({ events }: { events: AuditPage['events'] }) {
  if (events.length === 0) return <p className="py-6 text-sm text-muted-foreground">No events.</p>;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>When</TableHead>
          <TableHead>Who</TableHead>
          <TableHead>What</TableHead>
          <TableHead>Target</TableHead>
          <TableHead>Details</TableHead>
          <TableHead>IP</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {events.map((event) => (
          <TableRow key={event.id} data-testid="audit-row">
            <TableCell>
              <Timestamp value={event.createdAt} />
            </TableCell>
            <TableCell>{event.actorEmail ?? <span className="text-muted-foreground">system / anonymous</span>}</TableCell>
            <TableCell className="font-mono text-xs">{event.action}</TableCell>
            <TableCell className="text-xs">{event.targetType ? `${event.targetType} ${event.targetId ?? ''}` : '—'}</TableCell>
            <TableCell className="max-w-72 truncate font-mono text-xs" title={formatDetails(event.details)}>
              {formatDetails(event.details)}
            </TableCell>
            <TableCell className="font-mono text-xs">{event.ip ?? '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function formatDetails(details: unknown): string {
  return details === null || details === undefined ? '' : JSON.stringify(details);
}
