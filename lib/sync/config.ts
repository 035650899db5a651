import 'server-only';
import { z } from 'zod';

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

const whole = (min: number, max: number, fallback: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (!value) return fallback;
      if (/^\d+$/.test(value)) return Number(value);
      context.addIssue({ code: 'custom', message: 'must be a whole number' });
      return z.NEVER;
    })
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const environmentSchema = z.object({
  SYNC_INTERVAL_MINUTES: whole(0, 10_080, 0),
  SYNC_LEASE_SECONDS: whole(5, 3_600, 60),
  SYNC_BATCH_SIZE: whole(1, 5_000, 1_000),
});

export function readSyncSettings(env: Record<string, string | undefined>): SyncSettings {
  const result = environmentSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${String(issue.path[0])} ${issue.message} (got ${JSON.stringify(env[String(issue.path[0])])})`);
    throw new Error(`Invalid sync configuration:\n  - ${problems.join('\n  - ')}`);
  }
  const e = result.data;
  return { intervalMinutes: e.SYNC_INTERVAL_MINUTES, leaseSeconds: e.SYNC_LEASE_SECONDS, batchSize: e.SYNC_BATCH_SIZE };
}

let cached: SyncSettings | undefined;

export function syncSettings(): SyncSettings {
  cached ??= readSyncSettings(process.env);
  return cached;
}
