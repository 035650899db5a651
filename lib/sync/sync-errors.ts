/** Errors the sync answers with; route handlers and the CLI turn them into clear messages. */
import type { SyncSourceName } from './types';

export class SyncAlreadyRunningError extends Error {
  readonly code = 'SYNC_ALREADY_RUNNING';
  constructor(
    readonly source: SyncSourceName,
    readonly runId: number | null,
    readonly startedAt: Date | null,
  ) {
    const run = runId === null ? 'starting' : `run #${runId}${startedAt ? `, started ${startedAt.toISOString()}` : ''}`;
    super(`A ${source} sync is already running (${run}).`);
    this.name = 'SyncAlreadyRunningError';
  }
}

export class SyncLeaseLostError extends Error {
  constructor(source: SyncSourceName) {
    super(`The ${source} sync lost its lease (it expired and another process took it); stopping without writing more.`);
    this.name = 'SyncLeaseLostError';
  }
}

const CONFIGURED_BY: Record<SyncSourceName, string> = {
  mayar: 'MAYAR_API_KEY (and MAYAR_API_BASE_URL for a host other than api.mayar.id)',
  customers: 'CUSTOMERS_API_BASE_URL and CUSTOMERS_API_KEY',
};

export class SyncNotConfiguredError extends Error {
  readonly code = 'SYNC_NOT_CONFIGURED';
  constructor(readonly source: SyncSourceName) {
    super(`The ${source} upstream is not configured: set ${CONFIGURED_BY[source]}.`);
    this.name = 'SyncNotConfiguredError';
  }
}
