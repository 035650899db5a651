/**
 * The customer service's list has no token fields, but its `has_token` and `is_online` filters
 * do. A sync reads the ids those filters return and stores what they say:
 * - `hasToken` becomes exactly "in the has_token=true list" (only rows whose flag flips are written);
 * - `lastTokenUseAt` becomes the sync's time for every id the upstream reports online, so our
 *   `is_online` is as fresh as the last sync.
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
  const holding = await db.customer.findMany({ where: { source, hasToken: true }, select: { upstreamId: true } });
  const lost = holding.map((customer) => customer.upstreamId).filter((upstreamId) => !flags.withToken.has(upstreamId));

  let tokenFlagsChanged = 0;
  let onlineMarked = 0;
  for (const chunk of chunks(lost, batchSize)) {
    const { count } = await db.customer.updateMany({ where: { source, upstreamId: { in: chunk } }, data: { hasToken: false } });
    tokenFlagsChanged += count;
  }
  for (const chunk of chunks([...flags.withToken], batchSize)) {
    const { count } = await db.customer.updateMany({
      where: { source, hasToken: false, upstreamId: { in: chunk } },
      data: { hasToken: true },
    });
    tokenFlagsChanged += count;
  }
  for (const chunk of chunks([...flags.online], batchSize)) {
    const { count } = await db.customer.updateMany({ where: { source, upstreamId: { in: chunk } }, data: { lastTokenUseAt: now } });
    onlineMarked += count;
  }
  return { tokenFlagsChanged, onlineMarked };
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}
