import 'server-only';
import type { Db } from '@/lib/db/client';
import { upstreamConfig, type UpstreamConfig } from '@/lib/upstream/config';
import { DEMO_SOURCES_VARIABLE_NAME } from './demo-sources';
import type { ListedRun } from './list-sync-runs';
import { CUSTOMER_SOURCE_OF, SOURCE_LABELS, SYNC_SOURCE_NAMES, type SyncSourceName } from './types';

export interface SourceStatus {
  name: SyncSourceName;
  label: string;
  setup: 'configured' | 'demo' | 'not-configured' | 'invalid';
  /** Why the configuration is unusable, when `setup` is `invalid`. */
  problem: string | null;
  /** A source without a change filter only does full passes. */
  incremental: boolean;
  lastRun: ListedRun | null;
}

/** Per source: how it is set up and its newest run (running or not), for the sync page. */
export async function readSourceStatuses(db: Db, env: Record<string, string | undefined> = process.env): Promise<SourceStatus[]> {
  let config: UpstreamConfig | null = null;
  let problem: string | null = null;
  try {
    config = upstreamConfig();
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  const demo = new Set(env[DEMO_SOURCES_VARIABLE_NAME]?.split(',') ?? []);
  return Promise.all(
    SYNC_SOURCE_NAMES.map(async (name) => {
      const configured = config && (name === 'mayar' ? config.mayar : config.customerService);
      const lastRun = await db.syncRun.findFirst({
        where: { source: CUSTOMER_SOURCE_OF[name] },
        orderBy: { id: 'desc' },
        include: { triggeredBy: { select: { email: true } } },
      });
      return {
        name,
        label: SOURCE_LABELS[name],
        setup: problem ? 'invalid' : !configured ? 'not-configured' : demo.has(name) ? 'demo' : 'configured',
        problem,
        incremental: name === 'customers',
        lastRun,
      } satisfies SourceStatus;
    }),
  );
}
