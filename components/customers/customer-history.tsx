import { Timestamp } from '@/components/shell/timestamp';
import { Badge } from '@/components/ui/badge';
import type { SnapshotEntry } from '@/lib/customers/get-customer-detail';

const show = (value: unknown) => (value === undefined ? '(absent)' : JSON.stringify(value));

const VARIANT = { CREATED: 'default', UPDATED: 'secondary', DELETED: 'destructive', RESTORED: 'outline' } as const;

/** Snapshot history, newest first: what kind of change, when, by which sync run, which fields. */
export function CustomerHistory({ snapshots, older }: { snapshots: SnapshotEntry[]; older: boolean }) {
  if (snapshots.length === 0) return <p className="text-sm text-muted-foreground">No snapshots yet.</p>;
  return (
    <ol className="grid gap-4">
      {snapshots.map((snapshot) => (
        <li key={snapshot.id} className="grid gap-2 border-l-2 pl-4">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <Badge variant={VARIANT[snapshot.change]}>{snapshot.change.toLowerCase()}</Badge>
            <Timestamp value={snapshot.capturedAt} />
            <span className="text-muted-foreground">
              {snapshot.syncRun
                ? `sync run #${snapshot.syncRun.id} (${snapshot.syncRun.source.toLowerCase()}, ${snapshot.syncRun.mode.toLowerCase()}, ${snapshot.syncRun.trigger})`
                : 'sync run no longer recorded'}
            </span>
          </div>
          {snapshot.changes.length ? (
            <table className="w-full text-left text-xs">
              <thead className="text-muted-foreground">
                <tr>
                  <th className="py-1 pr-4 font-medium">Field</th>
                  <th className="py-1 pr-4 font-medium">Before</th>
                  <th className="py-1 font-medium">After</th>
                </tr>
              </thead>
              <tbody className="font-mono">
                {snapshot.changes.map((change) => (
                  <tr key={change.path} className="border-t align-top">
                    <td className="py-1 pr-4">{change.path}</td>
                    <td className="py-1 pr-4 break-all text-muted-foreground">{show(change.before)}</td>
                    <td className="py-1 break-all">{show(change.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </li>
      ))}
      {older ? <li className="text-sm text-muted-foreground">Older snapshots are not shown.</li> : null}
    </ol>
  );
}
