/**
 * A page of mirrored customers in two steps: `planPage` reads what we hold for the page's upstream
 * ids (one query per batch) and decides what changed by content hash; `writeChanges`, inside the
 * page's transaction, upserts the new and changed customers (returning their ids) and inserts their
 * snapshots, each statement taking its rows as a single JSON parameter sent straight to the driver
 * (see driver-transaction.ts). Unchanged customers are not written at all.
 */
import { rawSqlDialect, type JsonColumns, type RawSqlDialect } from '@/lib/db/dialect/raw-sql';
import type { DbOrTransaction } from '@/lib/db/dialect/provider-of-db';
import type { DriverStatements } from '@/lib/db/driver-transaction';
import type { CustomerSource, SnapshotChange } from '@/lib/db/types';
import { buildSearchText } from '@/lib/customers/search-text';
import type { MirroredCustomer } from './types';

export interface PageWriteCounts {
  created: number;
  updated: number;
  restored: number;
  unchanged: number;
}

export interface PageChange {
  row: MirroredCustomer;
  change: SnapshotChange;
}

export interface PagePlan {
  counts: PageWriteCounts;
  changes: PageChange[];
  /** Row ids of the customers the page shows unchanged. */
  unchangedIds: number[];
}

export interface ChangesWrite {
  source: CustomerSource;
  runId: number;
  now: Date;
  changes: readonly PageChange[];
  /** Customers per statement. */
  batchSize: number;
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
} as const satisfies JsonColumns;

const SNAPSHOT_COLUMNS = { customerId: 'integer', change: 'text' } as const satisfies JsonColumns;

/** Columns a sync overwrites when the content changes. */
const CONTENT = Object.keys(CUSTOMER_COLUMNS).filter((name) => name !== 'upstreamId');

export async function planPage(
  db: DbOrTransaction,
  source: CustomerSource,
  rows: readonly MirroredCustomer[],
  batchSize: number,
): Promise<PagePlan> {
  const dialect = rawSqlDialect(db);
  const plan: PagePlan = { counts: { created: 0, updated: 0, restored: 0, unchanged: 0 }, changes: [], unchangedIds: [] };
  // The upstream may repeat a customer within a page; the last copy wins.
  const unique = [...new Map(rows.map((row) => [row.upstreamId, row])).values()];
  for (let start = 0; start < unique.length; start += batchSize) {
    const batch = unique.slice(start, start + batchSize);
    const held = await readHeld(db, dialect, source, batch);
    for (const row of batch) {
      const current = held.get(row.upstreamId);
      if (!current) plan.changes.push({ row, change: 'CREATED' });
      else if (current.deleted) plan.changes.push({ row, change: 'RESTORED' });
      else if (current.contentHash !== row.contentHash) plan.changes.push({ row, change: 'UPDATED' });
      else plan.unchangedIds.push(current.id);
    }
  }
  for (const { change } of plan.changes) {
    if (change === 'CREATED') plan.counts.created += 1;
    else if (change === 'RESTORED') plan.counts.restored += 1;
    else plan.counts.updated += 1;
  }
  plan.counts.unchanged = plan.unchangedIds.length;
  return plan;
}

/** Returns the row ids of the customers written. `driver` is `tx`'s side of the transaction. */
export async function writeChanges(tx: DbOrTransaction, driver: DriverStatements, write: ChangesWrite): Promise<number[]> {
  const dialect = rawSqlDialect(tx);
  const written: number[] = [];
  for (let start = 0; start < write.changes.length; start += write.batchSize) {
    const batch = write.changes.slice(start, start + write.batchSize);
    const ids = await upsertCustomers(driver, dialect, write, batch);
    await insertSnapshots(driver, dialect, write, batch, ids);
    written.push(...ids.values());
  }
  return written;
}

async function readHeld(db: DbOrTransaction, dialect: RawSqlDialect, source: CustomerSource, batch: readonly MirroredCustomer[]) {
  const params = dialect.parameters();
  const found = await db.$queryRawUnsafe<{ id: number; upstreamId: string; contentHash: string; deleted: number }[]>(
    `SELECT "id", "upstreamId", "contentHash", CASE WHEN "deletedAt" IS NULL THEN 0 ELSE 1 END AS "deleted"
       FROM "customers"
      WHERE "source" = ${dialect.enumOf('CustomerSource', params.bind(source))}
        AND "upstreamId" IN ${dialect.texts(params.bind(JSON.stringify(batch.map((row) => row.upstreamId))))}`,
    ...params.values,
  );
  return new Map(found.map((row) => [row.upstreamId, { ...row, id: Number(row.id) }]));
}

/** Inserts or overwrites the changed customers; answers their ids by upstream id. */
async function upsertCustomers(driver: DriverStatements, dialect: RawSqlDialect, write: ChangesWrite, changes: readonly PageChange[]) {
  const params = dialect.parameters();
  // Each payload goes in as the JSON text that was hashed, rather than being serialised again.
  const rows = changes.map(({ row }) => withPayload({
    upstreamId: row.upstreamId,
    username: row.username,
    mobileNumber: row.mobileNumber,
    email: row.email,
    avatar: row.avatar,
    firstName: row.firstName,
    lastName: row.lastName,
    gender: row.gender,
    isActive: row.isActive,
    isProfileCompleted: row.isProfileCompleted,
    lastLogin: row.lastLogin && dialect.timestamp(row.lastLogin),
    createdAt: dialect.timestamp(row.createdAt),
    updatedAt: dialect.timestamp(row.updatedAt),
    contentHash: row.contentHash,
    searchText: buildSearchText(row),
  }, row.payloadJson));
  // `WHERE true` lets SQLite parse an upsert whose rows come from a SELECT.
  const returned = await driver.query<{ id: number; upstreamId: string }>(
    `INSERT INTO "customers" ("source", "upstreamId", ${CONTENT.map((name) => `"${name}"`).join(', ')}, "firstSeenAt", "lastSyncedAt")
     SELECT ${dialect.enumOf('CustomerSource', params.bind(write.source))}, r."upstreamId", ${CONTENT.map((name) => `r."${name}"`).join(', ')},
            ${dialect.timestampOf(params.bind(dialect.timestamp(write.now)))}, ${dialect.timestampOf(params.bind(dialect.timestamp(write.now)))}
       FROM ${dialect.rows(params.bind(`[${rows.join(',')}]`), CUSTOMER_COLUMNS)} AS r
      WHERE true
     ON CONFLICT ("source", "upstreamId") DO UPDATE SET
       ${CONTENT.map((name) => `"${name}" = excluded."${name}"`).join(', ')},
       "lastSyncedAt" = excluded."lastSyncedAt", "deletedAt" = NULL
     RETURNING "id", "upstreamId"`,
    params.values,
  );
  return new Map(returned.map((row) => [row.upstreamId, Number(row.id)]));
}

/** A row's JSON object with `"payload": <payloadJson>` added. */
function withPayload(columns: Record<string, unknown>, payloadJson: string): string {
  return `${JSON.stringify(columns).slice(0, -1)},"payload":${payloadJson}}`;
}

/** Snapshots copy the content just written, so the payloads are not sent a second time. */
async function insertSnapshots(
  driver: DriverStatements,
  dialect: RawSqlDialect,
  write: ChangesWrite,
  changes: readonly PageChange[],
  ids: ReadonlyMap<string, number>,
) {
  const params = dialect.parameters();
  const rows = changes.map(({ row, change }) => ({ customerId: ids.get(row.upstreamId), change }));
  // CROSS JOIN keeps SQLite's join order: the page's rows first, each customer then found by id.
  await driver.execute(
    `INSERT INTO "customer_snapshots" ("customerId", "syncRunId", "capturedAt", "contentHash", "payload", "change")
     SELECT c."id", ${params.bind(write.runId)}, ${dialect.timestampOf(params.bind(dialect.timestamp(write.now)))},
            c."contentHash", c."payload", ${dialect.enumOf('SnapshotChange', 'r."change"')}
       FROM ${dialect.rows(params.bind(JSON.stringify(rows)), SNAPSHOT_COLUMNS)} AS r
      CROSS JOIN "customers" AS c
      WHERE c."id" = r."customerId"`,
    params.values,
  );
}
