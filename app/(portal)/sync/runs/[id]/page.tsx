import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/shell/page-header';
import { RefreshWhileRunning } from '@/components/sync/refresh-while-running';
import { RunDetails } from '@/components/sync/run-details';
import { Button } from '@/components/ui/button';
import { requirePermission } from '@/lib/auth/dal';
import { canViewSync } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db/client';
import { findSyncRun } from '@/lib/sync/list-sync-runs';
import { sourceNameOf } from '@/lib/sync/sync-run-dto';
import { SOURCE_LABELS } from '@/lib/sync/types';

export const metadata: Metadata = { title: 'Sync run' };

export default async function SyncRunPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission(canViewSync, { returnTo: `/sync/runs/${encodeURIComponent(id)}` });
  const run = /^\d{1,9}$/.test(id) ? await findSyncRun(getDb(), Number(id)) : null;
  if (!run) notFound();
  return (
    <>
      <PageHeader title={`Sync run #${run.id}`} description={`${SOURCE_LABELS[sourceNameOf(run.source)]}, ${run.mode.toLowerCase()} sync`}>
        <Button variant="outline" size="sm" asChild>
          <Link href="/sync">← All runs</Link>
        </Button>
      </PageHeader>
      <RefreshWhileRunning running={run.status === 'RUNNING'} />
      <RunDetails run={run} />
    </>
  );
}
