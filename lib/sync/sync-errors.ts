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

export class SyncNotConfiguredError extends Error {
  constructor(source: SyncSourceName) {
    super(`The ${source} upstream is not configured.`);
    this.name = 'SyncNotConfiguredError';
  }
}
