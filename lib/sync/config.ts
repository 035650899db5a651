import 'server-only';
import { z } from 'zod';
import { readEnvironment, wholeNumberSetting } from '@/lib/config/read-environment';

/**
 * Sync settings from the server environment (upstream URLs, keys, page sizes and rates live in
 * lib/upstream/config.ts). A bad value stops the process with a message naming the variable.
 */
export interface SyncSettings {
  /** Minutes between scheduled syncs; 0 = no schedule. */
  intervalMinutes: number;
  /** How long a lease lasts without renewal; a crashed sync blocks its source this long at most. */
  leaseSeconds: number;
  /** Customers per write statement. */
  batchSize: number;
}

const environmentSchema = z.object({
  SYNC_INTERVAL_MINUTES: wholeNumberSetting(0, 10_080, 0),
  SYNC_LEASE_SECONDS: wholeNumberSetting(5, 3_600, 60),
  SYNC_BATCH_SIZE: wholeNumberSetting(1, 5_000, 1_000),
});

export function readSyncSettings(env: Record<string, string | undefined>): SyncSettings {
  const e = readEnvironment(environmentSchema, env, { what: 'sync' });
  return { intervalMinutes: e.SYNC_INTERVAL_MINUTES, leaseSeconds: e.SYNC_LEASE_SECONDS, batchSize: e.SYNC_BATCH_SIZE };
}

let cached: SyncSettings | undefined;

export function syncSettings(): SyncSettings {
  cached ??= readSyncSettings(process.env);
  return cached;
}
