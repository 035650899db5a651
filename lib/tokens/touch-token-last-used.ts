/**
 * Records when a token was last used, at most once a minute per token, so a busy API client
 * does not turn every request into a write. Two guards: a per-process memory of recent writes,
 * and a conditional update, so other instances that already wrote this minute win silently.
 */
import type { Db } from '@/lib/db/client';
import { logger } from '@/lib/log/logger';

export const LAST_USED_RESOLUTION_MS = 60_000;
const MAX_REMEMBERED = 10_000;

const recentWrites = new Map<number, number>();

export async function touchTokenLastUsed(
  db: Db,
  token: { id: number; lastUsedAt: Date | null },
  now: Date = new Date(),
): Promise<boolean> {
  const staleBefore = now.getTime() - LAST_USED_RESOLUTION_MS;
  if (token.lastUsedAt && token.lastUsedAt.getTime() > staleBefore) return false;
  if ((recentWrites.get(token.id) ?? 0) > staleBefore) return false;
  if (recentWrites.size >= MAX_REMEMBERED) recentWrites.clear();
  recentWrites.set(token.id, now.getTime());
  try {
    const { count } = await db.apiToken.updateMany({
      where: { id: token.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: new Date(staleBefore) } }] },
      data: { lastUsedAt: now },
    });
    return count > 0;
  } catch (error) {
    // Bookkeeping only: a failed write must not fail the request it describes.
    logger.warn('could not record token use', { tokenId: token.id, error });
    return false;
  }
}

/** For tests that simulate a fresh process. */
export function forgetRecentTokenWrites(): void {
  recentWrites.clear();
}
