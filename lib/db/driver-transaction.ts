/**
 * A Prisma interactive transaction that also hands its work the driver adapter's side of the same
 * transaction, for statements whose parameters are megabytes of JSON rows (a sync's page writes).
 * Prisma's raw-query path serialises every parameter to JSON once more, builds a debug line
 * holding all of it and keeps the last 100 such lines even with logging off; sent straight to
 * the driver, a 100,000-customer sync runs faster and holds far less memory (README, Benchmarks).
 * Both sides are one connection and one transaction: they commit or roll back together.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ArgType, SqlDriverAdapter, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';
import type { Db } from './client';
import type { Prisma } from './types';

export interface DriverStatements {
  /** Rows as objects keyed by column name. Placeholders as the dialect writes them. */
  query<T>(sql: string, values: readonly unknown[]): Promise<T[]>;
  /** Rows changed. */
  execute(sql: string, values: readonly unknown[]): Promise<number>;
}

interface Claim {
  transaction?: Transaction;
}

// Prisma starts the adapter transaction inside `$transaction`'s own async context, so the
// transaction can be matched to the call that asked for it without touching Prisma's internals.
// One store per process, like the client itself (client.ts): Next may load this module once per
// bundle, and the client one copy made must announce to the copy another one asks.
const shared = globalThis as unknown as { customerHubTransactionClaims?: AsyncLocalStorage<Claim> };
const claims = (shared.customerHubTransactionClaims ??= new AsyncLocalStorage<Claim>());

/** Lets `transactionWithDriver` find the transactions this connected adapter starts. */
export function announceTransactions(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const start = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const transaction = await start(isolationLevel);
    const claim = claims.getStore();
    if (claim) claim.transaction = transaction;
    return transaction;
  };
  return adapter;
}

export function transactionWithDriver<T>(
  db: Db,
  work: (tx: Prisma.TransactionClient, driver: DriverStatements) => Promise<T>,
  options: { maxWait?: number; timeout?: number },
): Promise<T> {
  const claim: Claim = {};
  return claims.run(claim, () =>
    db.$transaction(async (tx) => {
      if (!claim.transaction) throw new Error('The database adapter did not announce its transaction: make the client with createDb.');
      return work(tx, driverStatements(claim.transaction));
    }, options),
  );
}

function driverStatements(transaction: Transaction): DriverStatements {
  // The adapters' debug log keeps a reference to each of the last 100 queries they ran, logging
  // on or off; emptying `args` once a statement has run keeps it from holding megabytes of rows.
  const run = async <R>(sql: string, values: readonly unknown[], send: (query: SqlQuery) => Promise<R>) => {
    const query: SqlQuery = { sql, args: [...values], argTypes: values.map(argTypeOf) };
    try {
      return await send(query);
    } finally {
      query.args.length = 0;
    }
  };
  return {
    async query<T>(sql: string, values: readonly unknown[]) {
      const { columnNames, rows } = await run(sql, values, (query) => transaction.queryRaw(query));
      return rows.map((row) => Object.fromEntries(columnNames.map((name, i) => [name, row[i]])) as T);
    },
    execute: (sql, values) => run(sql, values, (query) => transaction.executeRaw(query)),
  };
}

/** Both adapters pass strings, numbers and null through as they are; the SQL casts where needed. */
function argTypeOf(value: unknown): ArgType {
  if (typeof value === 'number') return { scalarType: Number.isInteger(value) ? 'int' : 'float', arity: 'scalar' };
  if (typeof value === 'boolean') return { scalarType: 'boolean', arity: 'scalar' };
  return { scalarType: 'string', arity: 'scalar' };
}
