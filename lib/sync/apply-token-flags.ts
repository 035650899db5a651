/**
 * The customer service's list has no token fields, but its `has_token` and `is_online` filters
 * do. A sync reads the ids those filters return and stores what they say, in one transaction:
 * - `hasToken` becomes exactly "in the has_token=true list" (only rows whose flag flips are written);
 * - `lastTokenUseAt` becomes the sync's time for every id the upstream reports online, so our
 *   `is_online` is as fresh as the last sync.
 * Each list is one statement matching upstream ids through the (source, upstreamId) index; the
 * flag's own index only finds the rows that hold a token now. This replaced a walk of every
 * customer through Prisma and updates of 1,000 ids at a time (100,000 customers, 45,000 with a
 * token, on SQLite: first sync 0.96 s → 0.52 s, re-sync 0.53 s → 0.34 s).
 */
import type { Db } from '@/lib/db/client';
import { providerOfDb } from '@/lib/db/dialect/provider-of-db';
import { rawSqlDialect, type SqlParameters } from '@/lib/db/dialect/raw-sql';
import type { CustomerSource } from '@/lib/db/types';
import type { TokenFlags } from './types';

export interface TokenFlagWrites {
  tokenFlagsChanged: number;
  onlineMarked: number;
}

export async function applyTokenFlags(db: Db, options: { source: CustomerSource; now: Date; flags: TokenFlags }): Promise<TokenFlagWrites> {
  const { source, now, flags } = options;
  const dialect = rawSqlDialect(db);
  // SQLite has no statistics: a flag most rows share must not lead the plan (planner-hint.ts).
  const hasToken = providerOfDb(db) === 'sqlite' ? '+"hasToken"' : '"hasToken"';
  return db.$transaction(
    async (tx) => {
      /** Sets a column of the listed customers; `unless` skips rows that already hold the value. */
      const setListed = async (upstreamIds: Iterable<string>, column: string, value: (params: SqlParameters) => string, unless = '') => {
        const ids = [...upstreamIds];
        if (!ids.length) return 0;
        const params = dialect.parameters();
        return tx.$executeRawUnsafe(
          `UPDATE "customers" SET "${column}" = ${value(params)}
            WHERE "source" = ${dialect.enumOf('CustomerSource', params.bind(source))}
              AND "upstreamId" IN ${dialect.texts(params.bind(JSON.stringify(ids)))}${unless}`,
          ...params.values,
        );
      };
      const gained = await setListed(flags.withToken, 'hasToken', () => 'TRUE', ` AND ${hasToken} = FALSE`);
      const holders = await tx.customer.findMany({ where: { source, hasToken: true }, select: { upstreamId: true } });
      const lost = holders.map((customer) => customer.upstreamId).filter((upstreamId) => !flags.withToken.has(upstreamId));
      const cleared = await setListed(lost, 'hasToken', () => 'FALSE');
      const onlineMarked = await setListed(flags.online, 'lastTokenUseAt', (params) => dialect.timestampOf(params.bind(dialect.timestamp(now))));
      return { tokenFlagsChanged: gained + cleared, onlineMarked };
    },
    { maxWait: 30_000, timeout: 300_000 },
  );
}
