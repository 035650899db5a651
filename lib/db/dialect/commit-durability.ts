/**
 * Sync page transactions trade the last instant of durability for speed where that costs a
 * flush per commit. PostgreSQL: `synchronous_commit = off` for this transaction only — a
 * database-server crash may forget the last few hundred milliseconds of pages (atomically, with
 * the tally and cursor that describe them), which the next sync writes again. SQLite already
 * commits to its WAL without a flush (synchronous=NORMAL).
 */
import { providerOfDb, type DbOrTransaction } from './provider-of-db';

export async function relaxCommitDurability(tx: DbOrTransaction): Promise<void> {
  if (providerOfDb(tx) === 'postgresql') await tx.$executeRawUnsafe('SET LOCAL synchronous_commit = off');
}
