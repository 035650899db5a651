import 'server-only';
import { recordAuditEvent, type AuditActor } from '@/lib/audit/record-audit-event';
import type { Db } from '@/lib/db/client';
import { SyncAlreadyRunningError } from './sync-errors';
import type { SyncRequestInput } from './sync-request-schema';
import { triggerSyncs } from './trigger-syncs';
import type { SyncSourceName } from './types';

export interface SyncRequestOutcome {
  started: { id: number; source: SyncSourceName; mode: 'full' | 'incremental' }[];
  refused: { source: SyncSourceName; code: 'already_running' | 'not_configured'; detail: string }[];
  /** Settles (never rejects) when every started sync has ended; the server need not wait for it. */
  finished: Promise<void>;
}

/**
 * A sync asked for by an admin (API or portal): started in the background of this server
 * process (a long-running `next start`), and audited as `sync.trigger` with what started and
 * what was refused.
 */
export async function requestSync(
  db: Db,
  input: SyncRequestInput,
  context: { actor: AuditActor; ip: string | null },
): Promise<SyncRequestOutcome> {
  const { started, refused } = await triggerSyncs(db, { target: input.source, mode: input.mode, trigger: 'api', triggeredById: context.actor.id });
  const outcome: SyncRequestOutcome = {
    started: started.map(({ source, sync }) => ({ id: sync.run.id, source, mode: sync.run.mode === 'FULL' ? 'full' : 'incremental' })),
    refused: refused.map(({ source, error }) => ({
      source,
      code: error instanceof SyncAlreadyRunningError ? 'already_running' : 'not_configured',
      detail: error.message,
    })),
    finished: Promise.all(started.map(({ sync }) => sync.finished)).then(() => undefined),
  };
  await recordAuditEvent(db, {
    actor: context.actor,
    action: 'sync.trigger',
    targetType: 'sync_run',
    targetId: outcome.started.map((run) => run.id).join(',') || undefined,
    details: { source: input.source, mode: input.mode, started: outcome.started, refused: outcome.refused },
    ip: context.ip,
  });
  return outcome;
}
