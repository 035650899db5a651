/**
 * After a complete and consistent full pass: every live customer of the source that the pass did
 * not see is marked deleted (kept, never removed) with a DELETED snapshot of its last content.
 * A source whose listing can skip customers unnoticed is first asked which of them it still lists.
 */
import type { Db } from '@/lib/db/client';
import type { CustomerSource } from '@/lib/db/types';
import type { SeenCustomers } from './seen-customers';

export interface Tombstoning {
  source: CustomerSource;
  runId: number;
  now: Date;
  seen: SeenCustomers;
  batchSize: number;
  stillListed?: (upstreamIds: ReadonlySet<string>) => Promise<Set<string>>;
}

/** Ids per `IN (…)` list, well below SQLite's limit on bound parameters. */
const ID_CHUNK = 10_000;

export interface TombstoneOutcome {
  deleted: number;
  /** Missed by the pass but found in a second listing, so not tombstoned. */
  stillListed: number;
}

export async function tombstoneUnseen(db: Db, tombstoning: Tombstoning): Promise<TombstoneOutcome> {
  const missed = await findUnseen(db, tombstoning);
  const unseen = tombstoning.stillListed && missed.length ? await dropStillListed(db, missed, tombstoning.stillListed) : missed;
  let deleted = 0;
  for (let start = 0; start < unseen.length; start += tombstoning.batchSize) {
    const ids = unseen.slice(start, start + tombstoning.batchSize);
    deleted += await db.$transaction(async (tx) => {
      const customers = await tx.customer.findMany({
        where: { id: { in: ids }, deletedAt: null },
        select: { id: true, contentHash: true, payload: true },
      });
      await tx.customer.updateMany({
        where: { id: { in: customers.map((customer) => customer.id) } },
        data: { deletedAt: tombstoning.now, lastSyncedAt: tombstoning.now },
      });
      await tx.customerSnapshot.createMany({
        data: customers.map((customer) => ({
          customerId: customer.id,
          syncRunId: tombstoning.runId,
          capturedAt: tombstoning.now,
          contentHash: customer.contentHash,
          payload: customer.payload ?? {},
          change: 'DELETED' as const,
        })),
      });
      return customers.length;
    });
  }
  return { deleted, stillListed: missed.length - unseen.length };
}

async function dropStillListed(db: Db, ids: number[], stillListed: NonNullable<Tombstoning['stillListed']>): Promise<number[]> {
  const customers: { id: number; upstreamId: string }[] = [];
  for (let start = 0; start < ids.length; start += ID_CHUNK) {
    customers.push(...(await db.customer.findMany({ where: { id: { in: ids.slice(start, start + ID_CHUNK) } }, select: { id: true, upstreamId: true } })));
  }
  const listed = await stillListed(new Set(customers.map((customer) => customer.upstreamId)));
  return customers.filter((customer) => !listed.has(customer.upstreamId)).map((customer) => customer.id);
}

/** Walks the live customers of the source by id, keeping only the ids of those not seen. */
async function findUnseen(db: Db, { source, seen, batchSize }: Tombstoning): Promise<number[]> {
  const unseen: number[] = [];
  let after = 0;
  for (;;) {
    const batch = await db.customer.findMany({
      where: { source, deletedAt: null, id: { gt: after } },
      select: { id: true },
      orderBy: { id: 'asc' },
      take: batchSize * 10,
    });
    for (const { id } of batch) if (!seen.has(id)) unseen.push(id);
    if (batch.length < batchSize * 10) return unseen;
    after = batch.at(-1)!.id;
  }
}
