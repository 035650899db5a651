import 'server-only';
import type { Db } from '@/lib/db/client';
import { upstreamConfig, type UpstreamConfig } from '@/lib/upstream/config';
import { syncSettings, type SyncSettings } from './config';
import { createSyncSource } from './create-sync-source';
import { startSync, type StartedSync, type SyncProgress } from './run-sync';
import { SyncAlreadyRunningError, SyncNotConfiguredError } from './sync-errors';
import type { SyncModeName, SyncTarget } from './sync-targets';
import { SYNC_SOURCE_NAMES, type SyncSourceName, type SyncTrigger } from './types';

export interface TriggerRequest {
  target: SyncTarget;
  mode: SyncModeName;
  trigger: SyncTrigger;
  triggeredById?: number | null;
  onProgress?: (source: SyncSourceName, progress: SyncProgress) => void;
  signal?: AbortSignal;
  config?: UpstreamConfig;
  settings?: SyncSettings;
}

export interface TriggerResult {
  started: { source: SyncSourceName; sync: StartedSync }[];
  refused: { source: SyncSourceName; error: SyncAlreadyRunningError | SyncNotConfiguredError }[];
}

/**
 * Starts a sync of each source the target names (`all`: every configured one). Each keeps going
 * in the background; `started[i].sync.finished` settles when it ends. The CLI, the API and the
 * schedule all come through here.
 */
export async function triggerSyncs(db: Db, request: TriggerRequest): Promise<TriggerResult> {
  const config = request.config ?? upstreamConfig();
  const settings = request.settings ?? syncSettings();
  const names = request.target === 'all' ? SYNC_SOURCE_NAMES : [request.target];
  const result: TriggerResult = { started: [], refused: [] };
  for (const name of names) {
    const source = createSyncSource(name, config);
    if (!source) {
      result.refused.push({ source: name, error: new SyncNotConfiguredError(name) });
      continue;
    }
    try {
      const sync = await startSync(db, {
        source,
        mode: request.mode === 'full' ? 'FULL' : 'INCREMENTAL',
        trigger: request.trigger,
        triggeredById: request.triggeredById ?? null,
        settings,
        signal: request.signal,
        onProgress: request.onProgress && ((progress) => request.onProgress!(name, progress)),
      });
      result.started.push({ source: name, sync });
    } catch (error) {
      if (!(error instanceof SyncAlreadyRunningError)) throw error;
      result.refused.push({ source: name, error });
    }
  }
  return result;
}
