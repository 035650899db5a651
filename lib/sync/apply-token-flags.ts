/**
 * The customer service's list has no token fields, but its `has_token` and `is_online` filters
 * do. A sync reads the ids those filters return and stores what they say:
 * - `hasToken` becomes exactly "in the has_token=true list" (only rows whose flag flips are written);
 * - `lastTokenUseAt` becomes the sync's time for every id the upstream reports online, so our
 *   `is_online` is as fresh as the last sync.
 * The source's customers are walked by row id and every update names rows by id, so no plan
 * can wander off into the flag indexes.
 */
import type { Db } from '@/lib/db/client';
import type { CustomerSource } from '@/lib/db/types';
import type { TokenFlags } from './types';

export interface TokenFlagWrites {
  tokenFlagsChanged: number;
  onlineMarked: number;
}

export async function applyTokenFlags(
  db: Db,
  options: { source: CustomerSource; now: Date; flags: TokenFlags; batchSize: number },
): Promise<TokenFlagWrites> {
  const { source, now, flags, batchSize } = options;
  const gained: number[] = [];
  const lost: number[] = [];
  const online: number[] = [];
  for (let after = 0; ; ) {
    const customers = await db.customer.findMany({
      where: { source, id: { gt: after } },
      select: { id: true, upstreamId: true, hasToken: true },
      orderBy: { id: 'asc' },
      take: batchSize * 10,
    });
    for (const { id, upstreamId, hasToken } of customers) {
      const holds = flags.withToken.has(upstreamId);
      if (holds && !hasToken) gained.push(id);
      if (!holds && hasToken) lost.push(id);
      if (flags.online.has(upstreamId)) online.push(id);
    }
    if (customers.length < batchSize * 10) break;
    after = customers.at(-1)!.id;
  }

  const update = async (ids: number[], data: { hasToken: boolean } | { lastTokenUseAt: Date }) => {
    let count = 0;
    for (let start = 0; start < ids.length; start += batchSize) {
      count += (await db.customer.updateMany({ where: { id: { in: ids.slice(start, start + batchSize) } }, data })).count;
    }
    return count;
  };
  const tokenFlagsChanged = (await update(gained, { hasToken: true })) + (await update(lost, { hasToken: false }));
  return { tokenFlagsChanged, onlineMarked: await update(online, { lastTokenUseAt: now }) };
}
