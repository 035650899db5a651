/**
 * Bulk loads for the benchmark, straight through the drivers: one prepared statement per row in
 * large transactions on SQLite, `INSERT … SELECT FROM unnest(arrays)` on PostgreSQL. Rows, group
 * memberships and formats match what Prisma writes (SQLite DateTime as `…+00:00` text).
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { sqliteFilePath } from '@/lib/db/provider';
import { fakeCustomers, type BenchCustomer } from './fake-customers';

const COLUMNS = [
  'source', 'upstreamId', 'username', 'mobileNumber', 'email', 'avatar', 'firstName', 'lastName', 'gender', 'isActive',
  'isProfileCompleted', 'lastLogin', 'hasToken', 'lastTokenUseAt', 'createdAt', 'updatedAt', 'deletedAt', 'contentHash', 'payload', 'searchText',
] as const satisfies readonly (keyof BenchCustomer)[];

const PG_TYPES: Record<(typeof COLUMNS)[number], string> = {
  source: '"CustomerSource"', upstreamId: 'text', username: 'text', mobileNumber: 'text', email: 'text', avatar: 'text', firstName: 'text',
  lastName: 'text', gender: 'text', isActive: 'boolean', isProfileCompleted: 'boolean', lastLogin: 'timestamptz', hasToken: 'boolean',
  lastTokenUseAt: 'timestamptz', createdAt: 'timestamptz', updatedAt: 'timestamptz', deletedAt: 'timestamptz', contentHash: 'text',
  payload: 'jsonb', searchText: 'text',
};

export const BENCH_GROUPS = 20;
const BATCH = 5_000;

/** Every 10th customer is in a group, every 30th in a second one. */
function membershipsOf(id: number): number[] {
  if (id % 10 !== 0) return [];
  const first = (id % BENCH_GROUPS) + 1;
  return id % 30 === 0 ? [first, ((id + 7) % BENCH_GROUPS) + 1] : [first];
}

const sqliteValue = (value: unknown) =>
  value instanceof Date ? value.toISOString().replace('Z', '+00:00') : typeof value === 'boolean' ? Number(value) : value;

export function loadSqlite(url: string, count: number, now: Date, onProgress: (done: number) => void): void {
  const db = new Database(sqliteFilePath(url));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = OFF');
    const insert = db.prepare(`INSERT INTO customers (${COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`);
    const group = db.prepare('INSERT INTO customer_groups (name, description) VALUES (?, ?)');
    const member = db.prepare('INSERT INTO customer_group_members ("groupId", "customerId") VALUES (?, ?)');
    db.transaction(() => {
      for (let g = 1; g <= BENCH_GROUPS; g += 1) group.run(`Segment ${g}`, 'benchmark');
    })();
    const rows = fakeCustomers(count, { now });
    for (let done = 0; done < count; done += BATCH) {
      db.transaction(() => {
        for (let i = 0; i < Math.min(BATCH, count - done); i += 1) {
          const row = rows.next().value as BenchCustomer;
          const id = Number(insert.run(...COLUMNS.map((column) => sqliteValue(row[column]))).lastInsertRowid);
          for (const groupId of membershipsOf(id)) member.run(groupId, id);
        }
      })();
      onProgress(Math.min(done + BATCH, count));
    }
    db.exec('ANALYZE');
  } finally {
    db.close();
  }
}

export async function loadPostgres(url: string, count: number, now: Date, onProgress: (done: number) => void): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`INSERT INTO customer_groups (name, description) SELECT 'Segment ' || g, 'benchmark' FROM generate_series(1, ${BENCH_GROUPS}) g`);
    const unnest = COLUMNS.map((column, index) => `$${index + 1}::${PG_TYPES[column] === '"CustomerSource"' ? 'text' : PG_TYPES[column]}[]`).join(', ');
    const select = COLUMNS.map((column, index) => (column === 'source' ? `c${index}::"CustomerSource"` : `c${index}`)).join(', ');
    const aliases = COLUMNS.map((_, index) => `c${index}`).join(', ');
    const sql = `INSERT INTO customers (${COLUMNS.map((c) => `"${c}"`).join(', ')}) SELECT ${select} FROM unnest(${unnest}) AS t(${aliases}) RETURNING id`;
    const rows = fakeCustomers(count, { now });
    for (let done = 0; done < count; done += BATCH) {
      const columns = COLUMNS.map(() => [] as unknown[]);
      for (let i = 0; i < Math.min(BATCH, count - done); i += 1) {
        const row = rows.next().value as BenchCustomer;
        COLUMNS.forEach((column, index) => columns[index]!.push(row[column]));
      }
      const inserted = await client.query<{ id: number }>(sql, columns);
      const pairs = inserted.rows.flatMap(({ id }) => membershipsOf(id).map((groupId) => [groupId, id] as const));
      if (pairs.length) {
        await client.query('INSERT INTO customer_group_members ("groupId", "customerId") SELECT * FROM unnest($1::int[], $2::int[])', [
          pairs.map(([groupId]) => groupId),
          pairs.map(([, id]) => id),
        ]);
      }
      onProgress(Math.min(done + BATCH, count));
    }
    await client.query('VACUUM ANALYZE customers');
    await client.query('VACUUM ANALYZE customer_group_members');
  } finally {
    await client.end();
  }
}
