/** Sync runs, newest first, for GET /api/sync/runs and the sync page. */
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import type { SyncRun } from '@/lib/db/types';
import { interruptAbandonedRuns } from './sync-runs';
import { CUSTOMER_SOURCE_OF, SYNC_SOURCE_NAMES } from './types';

export const MAX_RUNS_PAGE_SIZE = 100;

export const syncRunsQuerySchema = z.object({
  source: z.enum(SYNC_SOURCE_NAMES).optional(),
  status: z.enum(['running', 'succeeded', 'failed', 'interrupted']).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_RUNS_PAGE_SIZE).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});
export type SyncRunsQuery = z.infer<typeof syncRunsQuerySchema>;

export type ListedRun = SyncRun & { triggeredBy: { email: string } | null };

/** Runs whose process died are marked INTERRUPTED first, so nobody watches a dead run "running". */
export async function listSyncRuns(db: Db, query: SyncRunsQuery): Promise<{ count: number; runs: ListedRun[] }> {
  await interruptAbandonedRuns(db, new Date());
  const where = {
    ...(query.source ? { source: CUSTOMER_SOURCE_OF[query.source] } : {}),
    ...(query.status ? { status: query.status.toUpperCase() as SyncRun['status'] } : {}),
  };
  const [count, runs] = await Promise.all([
    db.syncRun.count({ where }),
    db.syncRun.findMany({
      where,
      orderBy: { id: 'desc' },
      skip: query.offset,
      take: query.limit,
      include: { triggeredBy: { select: { email: true } } },
    }),
  ]);
  return { count, runs };
}

export async function findSyncRun(db: Db, id: number): Promise<ListedRun | null> {
  await interruptAbandonedRuns(db, new Date());
  return db.syncRun.findUnique({ where: { id }, include: { triggeredBy: { select: { email: true } } } });
}
