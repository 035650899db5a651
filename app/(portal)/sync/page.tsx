import type { Metadata } from 'next';
import { PageHeader } from '@/components/shell/page-header';
import { RefreshWhileRunning } from '@/components/sync/refresh-while-running';
import { RunsPagination } from '@/components/sync/runs-pagination';
import { RunsTable } from '@/components/sync/runs-table';
import { SourceCard } from '@/components/sync/source-card';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/dal';
import { canViewSync } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db/client';
import { listSyncRuns, syncRunsQuerySchema } from '@/lib/sync/list-sync-runs';
import { readSourceStatuses } from '@/lib/sync/read-source-statuses';

export const metadata: Metadata = { title: 'Sync' };

const pageQuerySchema = syncRunsQuerySchema.pick({ offset: true }).catch({ offset: 0 });

export default async function SyncPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission(canViewSync, { returnTo: '/sync' });
  const { offset } = pageQuerySchema.parse(await searchParams);
  const db = getDb();
  const limit = 20;
  const { count, runs } = await listSyncRuns(db, { offset, limit });
  const sources = await readSourceStatuses(db);
  const running = sources.some((source) => source.lastRun?.status === 'RUNNING');
  return (
    <>
      <PageHeader title="Sync" description="The mirror of each upstream: start a sync, watch it run, and read what every run did." />
      <RefreshWhileRunning running={running} />
      <div className="grid grid-cols-1 gap-6">
        <div className="grid gap-6 lg:grid-cols-2">
          {sources.map((source) => (
            <SourceCard key={source.name} status={source} />
          ))}
        </div>
        <Card>
          <CardHeader>
            <CardTitle>Runs</CardTitle>
          </CardHeader>
          <CardContent>
            <RunsTable runs={runs} />
            <RunsPagination offset={offset} limit={limit} count={count} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
