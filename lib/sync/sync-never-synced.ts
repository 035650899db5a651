import 'server-only';
import type { Db } from '@/lib/db/client';
import type { SyncRun } from '@/lib/db/types';
import { logger } from '@/lib/log/logger';
import { triggerSyncs } from './trigger-syncs';
import { CUSTOMER_SOURCE_OF, SYNC_SOURCE_NAMES } from './types';

/**
 * A first full sync of every configured source that has never been synced, so a new install
 * (demo mode included) shows customers on its first start. Returns when they have finished.
 */
export async function syncNeverSynced(db: Db): Promise<SyncRun[]> {
  const runs: SyncRun[] = [];
  for (const name of SYNC_SOURCE_NAMES) {
    if (await db.syncRun.count({ where: { source: CUSTOMER_SOURCE_OF[name] } })) continue;
    const { started } = await triggerSyncs(db, { target: name, mode: 'full', trigger: 'setup' });
    for (const { sync } of started) {
      const run = await sync.finished;
      logger.info('first sync finished', { source: name, runId: run.id, status: run.status, customers: run.seenCount, error: run.error });
      runs.push(run);
    }
  }
  return runs;
}
