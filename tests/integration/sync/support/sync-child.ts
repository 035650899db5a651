/**
 * A sync in its own process, for the crash tests: `SYNC_CHILD` holds the database URL, upstream
 * configuration, source, mode and lease length as JSON.
 */
import { createDb } from '@/lib/db/client';
import type { SyncMode } from '@/lib/db/types';
import { runSync } from '@/lib/sync/run-sync';
import type { SyncSourceName } from '@/lib/sync/types';
import type { UpstreamConfig } from '@/lib/upstream/config';
import { sourceFor } from './sync-harness';

interface ChildJob {
  url: string;
  config: UpstreamConfig;
  source: SyncSourceName;
  mode: SyncMode;
  leaseSeconds: number;
}

const job = JSON.parse(process.env.SYNC_CHILD ?? '') as ChildJob;
const db = createDb(job.url);
const run = await runSync(db, {
  source: sourceFor(job.source, job.config),
  mode: job.mode,
  trigger: 'cli',
  settings: { leaseSeconds: job.leaseSeconds, batchSize: 100 },
});
await db.$disconnect();
process.stdout.write(JSON.stringify({ status: run.status, error: run.error }));
