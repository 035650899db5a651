/** Which provider a client talks to, read from the client itself (tests hold several at once). */
import type { Db } from '../client';
import type { DbProvider } from '../provider';
import type { Prisma } from '../types';

export type DbOrTransaction = Db | Prisma.TransactionClient;

export function providerOfDb(db: DbOrTransaction): DbProvider {
  // Every Prisma client (and its transaction clients) carries the provider its schema was generated for.
  const provider = (db as unknown as { _activeProvider?: string })._activeProvider;
  if (provider === 'sqlite' || provider === 'postgresql') return provider;
  throw new Error(`Unsupported database provider "${provider}"`);
}
