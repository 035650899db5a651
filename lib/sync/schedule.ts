import 'server-only';
import { getDb, type Db } from '@/lib/db/client';
import { logger } from '@/lib/log/logger';
import type { UpstreamConfig } from '@/lib/upstream/config';
import { syncSettings, type SyncSettings } from './config';
import { SyncAlreadyRunningError } from './sync-errors';
import { lastFullSyncAt } from './sync-runs';
import { triggerSyncs } from './trigger-syncs';
import { CUSTOMER_SOURCE_OF, SYNC_SOURCE_NAMES } from './types';

/** Incremental syncs only read changes; deletions need a full pass, run once a day. */
const FULL_PASS_EVERY_MS = 24 * 3_600_000;

export interface ScheduleOptions {
  db?: Db;
  config?: UpstreamConfig;
  settings?: SyncSettings;
}

/**
 * Every `SYNC_INTERVAL_MINUTES` (off when 0), syncs every configured source. Safe to run in
 * several app instances at once: the source's lease lets one of them sync and the others skip.
 * Returns the function that stops it.
 */
export function startSyncSchedule(options: ScheduleOptions = {}): () => void {
  const settings = options.settings ?? syncSettings();
  if (!settings.intervalMinutes) return () => undefined;
  const db = options.db ?? getDb();
  let stopped = false;
  let timer: NodeJS.Timeout;

  const tick = async () => {
    await Promise.all(SYNC_SOURCE_NAMES.map((name) => syncOnSchedule(db, name, options.config, settings)));
    if (!stopped) timer = setTimeout(tick, settings.intervalMinutes * 60_000);
  };
  timer = setTimeout(tick, settings.intervalMinutes * 60_000);
  logger.info('sync schedule started', { intervalMinutes: settings.intervalMinutes });
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

async function syncOnSchedule(db: Db, name: (typeof SYNC_SOURCE_NAMES)[number], config: UpstreamConfig | undefined, settings: SyncSettings) {
  try {
    const lastFull = await lastFullSyncAt(db, CUSTOMER_SOURCE_OF[name]);
    const mode = !lastFull || Date.now() - lastFull.getTime() > FULL_PASS_EVERY_MS ? 'full' : 'incremental';
    const { started, refused } = await triggerSyncs(db, { target: name, mode, trigger: 'schedule', config, settings });
    for (const { error } of refused) {
      if (error instanceof SyncAlreadyRunningError) logger.info('scheduled sync skipped', { source: name, reason: error.message });
    }
    for (const { sync } of started) {
      const run = await sync.finished;
      logger.info('scheduled sync finished', { source: name, runId: run.id, status: run.status, error: run.error });
    }
  } catch (error) {
    logger.error('scheduled sync could not start', { source: name, error });
  }
}
