/**
 * The customer service's list has no token fields, but its `has_token` and `is_online` filters
 * do. A sync reads the ids those filters return and stores what they say, in one transaction of
 * three statements that each take a whole list:
 * - `hasToken` becomes exactly "in the has_token=true list" (only rows whose flag flips are
 *   written): listed ids are found through the (source, upstreamId) index, and the rows that hold
 *   a token now through the flag's own;
 * - `lastTokenUseAt` becomes the sync's time for every id the upstream reports online, so our
 *   `is_online` is as fresh as the last sync.
 * This replaced a walk of every customer through Prisma and updates of 1,000 ids at a time
 * (100,000 customers, 45,000 with a token, on SQLite: first sync 0.96 s → 0.5 s, most of it
 * the 45,000 rows gaining the flag; re-sync 0.53 s → 0.27 s).
 */
import type { Db } from '@/lib/db/client';
import { notIndexDriven } from '@/lib/db/dialect/planner-hint';
import { providerOfDb } from '@/lib/db/dialect/provider-of-db';
import { rawSqlDialect, type SqlParameters } from '@/lib/db/dialect/raw-sql';
import { Prisma, type CustomerSource } from '@/lib/db/types';
import type { TokenFlags } from './types';

export interface TokenFlagWrites {
  tokenFlagsChanged: number;
  onlineMarked: number;
}

export async function applyTokenFlags(db: Db, options: { source: CustomerSource; now: Date; flags: TokenFlags }): Promise<TokenFlagWrites> {
  const { source, now, flags } = options;
  const dialect = rawSqlDialect(db);
  // A flag most rows share must not lead the plan.
  const hasToken = notIndexDriven(providerOfDb(db), Prisma.raw('"hasToken"')).sql;
  const sourceIs = (params: SqlParameters) => `"source" = ${dialect.enumOf('CustomerSource', params.bind(source))}`;
  const listed = (params: SqlParameters, upstreamIds: ReadonlySet<string>) => params.bind(JSON.stringify([...upstreamIds]));
  return db.$transaction(
    async (tx) => {
      const update = (params: SqlParameters, sql: string) => tx.$executeRawUnsafe(sql, ...params.values);
      const gain = dialect.parameters();
      const gained = await update(
        gain,
        `UPDATE "customers" SET "hasToken" = TRUE
          WHERE ${sourceIs(gain)} AND "upstreamId" IN ${dialect.texts(listed(gain, flags.withToken))} AND ${hasToken} = FALSE`,
      );
      const lose = dialect.parameters();
      const lost = await update(
        lose,
        `UPDATE "customers" SET "hasToken" = FALSE
          WHERE ${sourceIs(lose)} AND "hasToken" = TRUE AND ${dialect.notAmongTexts('"upstreamId"', listed(lose, flags.withToken))}`,
      );
      const online = dialect.parameters();
      const onlineMarked = flags.online.size
        ? await update(
            online,
            `UPDATE "customers" SET "lastTokenUseAt" = ${dialect.timestampOf(online.bind(dialect.timestamp(now)))}
              WHERE ${sourceIs(online)} AND "upstreamId" IN ${dialect.texts(listed(online, flags.online))}`,
          )
        : 0;
      return { tokenFlagsChanged: gained + lost, onlineMarked };
    },
    { maxWait: 30_000, timeout: 300_000 },
  );
}
