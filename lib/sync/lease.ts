/**
 * One sync per source at a time, across processes and app instances: a `sync_leases` row per
 * source, taken by inserting it or by overwriting it once expired, and renewed while the sync
 * makes progress. A holder that dies simply stops renewing, so its lease runs out.
 */
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { DbOrTransaction } from '@/lib/db/dialect/provider-of-db';
import { Prisma, type CustomerSource } from '@/lib/db/types';
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

/** Takes the lease, or answers with who holds it now. */
export async function acquireLease(db: DbOrTransaction, lease: Lease, now: Date, seconds: number): Promise<LeaseAttempt> {
  const expiresAt = new Date(now.getTime() + seconds * 1000);
  if (await createLease(db, { ...lease, expiresAt })) return { acquired: true };
  // A single conditional UPDATE: of two processes racing for an expired lease only one matches.
  const taken = await db.syncLease.updateMany({
    where: { source: lease.source, expiresAt: { lt: now } },
    data: { holder: lease.holder, runId: null, expiresAt },
  });
  if (taken.count === 1) return { acquired: true };
  const holding = await db.syncLease.findUnique({ where: { source: lease.source } });
  if (!holding) return acquireLease(db, lease, now, seconds);
  return { acquired: false, holding };
}

async function createLease(db: DbOrTransaction, row: Lease & { expiresAt: Date }): Promise<boolean> {
  try {
    await db.syncLease.create({ data: row });
    return true;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return false;
    throw error;
  }
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
