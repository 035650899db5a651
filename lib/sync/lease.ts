/**
 * One sync per source at a time, across processes and app instances sharing a database: a
 * `sync_leases` row per source, taken by inserting it or by overwriting it once expired, and
 * renewed while the sync makes progress. A holder that dies stops renewing, so its lease runs out.
 */
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { DbOrTransaction } from '@/lib/db/dialect/provider-of-db';
import { rawSqlDialect } from '@/lib/db/dialect/raw-sql';
import type { CustomerSource } from '@/lib/db/types';
import { logger } from '@/lib/log/logger';

export interface Lease {
  source: CustomerSource;
  holder: string;
}

export interface LeaseHolding {
  source: CustomerSource;
  holder: string;
  runId: number | null;
  expiresAt: Date;
}

/** Names this process in the lease row, so an operator can tell who holds it. */
export function newLeaseHolder(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

export type LeaseAttempt = { acquired: true } | { acquired: false; holding: LeaseHolding };

/**
 * Takes the lease, or answers with who holds it now. One statement inserts the row or takes it
 * over only when expired, so of two racing processes exactly one succeeds.
 */
export async function acquireLease(db: DbOrTransaction, lease: Lease, now: Date, seconds: number): Promise<LeaseAttempt> {
  const dialect = rawSqlDialect(db);
  const params = dialect.parameters();
  const at = (date: Date) => dialect.timestampOf(params.bind(dialect.timestamp(date)));
  const taken = await db.$executeRawUnsafe(
    `INSERT INTO "sync_leases" ("source", "holder", "runId", "expiresAt")
     VALUES (${dialect.enumOf('CustomerSource', params.bind(lease.source))}, ${params.bind(lease.holder)}, NULL,
             ${at(new Date(now.getTime() + seconds * 1000))})
     ON CONFLICT ("source") DO UPDATE SET "holder" = excluded."holder", "runId" = NULL, "expiresAt" = excluded."expiresAt"
     WHERE "sync_leases"."expiresAt" < ${at(now)}`,
    ...params.values,
  );
  if (taken === 1) return { acquired: true };
  const holding = await db.syncLease.findUnique({ where: { source: lease.source } });
  return holding ? { acquired: false, holding } : acquireLease(db, lease, now, seconds);
}

/** Extends the lease; false when it is no longer ours (it expired and someone else took it). */
export async function renewLease(
  db: DbOrTransaction,
  lease: Lease,
  now: Date,
  seconds: number,
  runId?: number,
): Promise<boolean> {
  const renewed = await db.syncLease.updateMany({
    where: { source: lease.source, holder: lease.holder },
    data: { expiresAt: new Date(now.getTime() + seconds * 1000), ...(runId === undefined ? {} : { runId }) },
  });
  return renewed.count === 1;
}

export async function releaseLease(db: DbOrTransaction, lease: Lease): Promise<void> {
  await db.syncLease.deleteMany({ where: { source: lease.source, holder: lease.holder } });
}

/**
 * Renews the lease on a timer while a sync waits on the upstream (retries, Retry-After) between
 * commits; `onLost` is told if another process has taken it meanwhile.
 */
export function keepLeaseAlive(
  db: DbOrTransaction,
  lease: Lease,
  seconds: number,
  onLost: () => void,
): { stop(): void } {
  const timer = setInterval(() => {
    renewLease(db, lease, new Date(), seconds).then(
      (held) => held || onLost(),
      (error: unknown) => logger.warn('sync lease renewal failed; retrying', { source: lease.source, error }),
    );
  }, (seconds * 1000) / 3);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
