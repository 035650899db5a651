'use server';

import { revalidatePath } from 'next/cache';
import { authorizeAction, type ActionFailure } from '@/lib/auth/authorize-action';
import { canTriggerSync } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db/client';
import { requestSync, type SyncRequestOutcome } from '@/lib/sync/request-sync';
import { syncRequestSchema, type SyncRequestInput } from '@/lib/sync/sync-request-schema';

/** "Sync now": starts the sync in the background of the server and answers at once. */
export async function startSyncAction(
  input: SyncRequestInput,
): Promise<{ ok: true; started: SyncRequestOutcome['started'] } | ActionFailure> {
  const auth = await authorizeAction(canTriggerSync);
  if (!auth.ok) return auth;
  const parsed = syncRequestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'That is not a sync this portal can run.' };
  const outcome = await requestSync(getDb(), parsed.data, auth.context);
  revalidatePath('/sync');
  if (!outcome.started.length) return { ok: false, error: outcome.refused.map((refusal) => refusal.detail).join(' ') };
  return { ok: true, started: outcome.started };
}
