/**
 * Writes one page of mirrored customers: one read of what we hold for those upstream ids, then
 * one upsert of the new and changed rows and one insert of their snapshots per batch. Rows whose
 * content hash is unchanged are not written at all. The caller runs it inside the page's
 * transaction.
 */
import { jsonRowsDialect, type JsonColumns } from '@/lib/db/dialect/json-rows';
import type { DbOrTransaction } from '@/lib/db/dialect/provider-of-db';
import type { CustomerSource, SnapshotChange } from '@/lib/db/types';
import { buildSearchText } from '@/lib/customers/search-text';
import type { MirroredCustomer } from './types';

export interface PageWriteCounts {
  created: number;
  updated: number;
  restored: number;
  unchanged: number;
}

export interface PageWrite {
  source: CustomerSource;
  runId: number;
  now: Date;
  rows: readonly MirroredCustomer[];
  batchSize: number;
}

interface HeldCustomer {
  upstreamId: string;
  contentHash: string;
  deleted: number;
}

const CUSTOMER_COLUMNS = {
  upstreamId: 'text',
  username: 'text',
  mobileNumber: 'text',
  email: 'text',
  avatar: 'text',
  firstName: 'text',
  lastName: 'text',
  gender: 'text',
  isActive: 'boolean',
  isProfileCompleted: 'boolean',
  lastLogin: 'timestamp',
  createdAt: 'timestamp',
  updatedAt: 'timestamp',
  contentHash: 'text',
  payload: 'json',
  searchText: 'text',
  syncedAt: 'timestamp',
} as const satisfies JsonColumns;

const SNAPSHOT_COLUMNS = {
  upstreamId: 'text',
  change: 'text',
  contentHash: 'text',
  payload: 'json',
  capturedAt: 'timestamp',
} as const satisfies JsonColumns;

/** Content columns: written on insert and overwritten when the content changes. */
const CONTENT = Object.keys(CUSTOMER_COLUMNS).filter((name) => name !== 'upstreamId' && name !== 'syncedAt');

export async function writePage(db: DbOrTransaction, write: PageWrite): Promise<PageWriteCounts> {
  const counts: PageWriteCounts = { created: 0, updated: 0, restored: 0, unchanged: 0 };
  const rows = [...new Map(write.rows.map((row) => [row.upstreamId, row])).values()];
  for (let start = 0; start < rows.length; start += write.batchSize) {
    const batch = rows.slice(start, start + write.batchSize);
    const held = await readHeld(db, write.source, batch);
    const changes: { row: MirroredCustomer; change: SnapshotChange }[] = [];
    for (const row of batch) {
      const current = held.get(row.upstreamId);
      if (!current) changes.push({ row, change: 'CREATED' });
      else if (current.deleted) changes.push({ row, change: 'RESTORED' });
      else if (current.contentHash !== row.contentHash) changes.push({ row, change: 'UPDATED' });
      else counts.unchanged += 1;
    }
    for (const { change } of changes) {
      if (change === 'CREATED') counts.created += 1;
      else if (change === 'RESTORED') counts.restored += 1;
      else counts.updated += 1;
    }
    if (changes.length) {
      await upsertCustomers(db, write, changes.map(({ row }) => row));
      await insertSnapshots(db, write, changes);
    }
  }
  return counts;
}

async function readHeld(db: DbOrTransaction, source: CustomerSource, batch: readonly MirroredCustomer[]) {
  const dialect = jsonRowsDialect(db);
  const params = dialect.parameters();
  const found = await db.$queryRawUnsafe<HeldCustomer[]>(
    `SELECT "upstreamId", "contentHash", CASE WHEN "deletedAt" IS NULL THEN 0 ELSE 1 END AS "deleted"
       FROM "customers"
      WHERE "source" = ${dialect.enumOf('CustomerSource', params.bind(source))}
        AND "upstreamId" IN ${dialect.texts(params.bind(JSON.stringify(batch.map((row) => row.upstreamId))))}`,
    ...params.values,
  );
  return new Map(found.map((row) => [row.upstreamId, row]));
}

async function upsertCustomers(db: DbOrTransaction, write: PageWrite, rows: readonly MirroredCustomer[]) {
  const dialect = jsonRowsDialect(db);
  const syncedAt = dialect.timestamp(write.now);
  const json = rows.map((row) => ({
    ...row,
    lastLogin: row.lastLogin && dialect.timestamp(row.lastLogin),
    createdAt: dialect.timestamp(row.createdAt),
    updatedAt: dialect.timestamp(row.updatedAt),
    searchText: buildSearchText(row),
    syncedAt,
  }));
  const columns = CONTENT.map((name) => `"${name}"`).join(', ');
  const params = dialect.parameters();
  // `WHERE true` lets SQLite parse an upsert whose rows come from a SELECT.
  await db.$executeRawUnsafe(
    `INSERT INTO "customers" ("source", "upstreamId", ${columns}, "firstSeenAt", "lastSyncedAt", "deletedAt")
     SELECT ${dialect.enumOf('CustomerSource', params.bind(write.source))}, r."upstreamId",
            ${CONTENT.map((name) => `r."${name}"`).join(', ')}, r."syncedAt", r."syncedAt", NULL
       FROM ${dialect.rows(params.bind(JSON.stringify(json)), CUSTOMER_COLUMNS)} AS r
      WHERE true
     ON CONFLICT ("source", "upstreamId") DO UPDATE SET
       ${CONTENT.map((name) => `"${name}" = excluded."${name}"`).join(', ')},
       "lastSyncedAt" = excluded."lastSyncedAt", "deletedAt" = NULL`,
    ...params.values,
  );
}

async function insertSnapshots(
  db: DbOrTransaction,
  write: PageWrite,
  changes: readonly { row: MirroredCustomer; change: SnapshotChange }[],
) {
  const dialect = jsonRowsDialect(db);
  const capturedAt = dialect.timestamp(write.now);
  const json = changes.map(({ row, change }) => ({
    upstreamId: row.upstreamId,
    change,
    contentHash: row.contentHash,
    payload: row.payload,
    capturedAt,
  }));
  const params = dialect.parameters();
  // A correlated lookup rather than a join: SQLite would otherwise scan every customer of the
  // source for each row of the page.
  await db.$executeRawUnsafe(
    `INSERT INTO "customer_snapshots" ("customerId", "syncRunId", "capturedAt", "contentHash", "payload", "change")
     SELECT (SELECT c."id" FROM "customers" AS c
              WHERE c."source" = ${dialect.enumOf('CustomerSource', params.bind(write.source))}
                AND c."upstreamId" = r."upstreamId"),
            ${params.bind(write.runId)}, r."capturedAt", r."contentHash", r."payload",
            ${dialect.enumOf('SnapshotChange', 'r."change"')}
       FROM ${dialect.rows(params.bind(JSON.stringify(json)), SNAPSHOT_COLUMNS)} AS r`,
    ...params.values,
  );
}
