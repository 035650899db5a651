/**
 * Remembers how many customers match a WHERE clause for a few seconds. Counting is the one part
 * of a list whose cost grows with the table (every matching row is visited), while the table
 * changes only when a sync or an admin writes: a count at most this old is the documented trade
 * (`CUSTOMERS_COUNT_CACHE_SECONDS`, default 5, 0 = count every time). Concurrent requests for
 * the same count share one query. Writers in this process call `forgetCustomerCounts()` so their
 * own changes show at once.
 */
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/types';

export const DEFAULT_COUNT_CACHE_SECONDS = 5;
const MAX_ENTRIES = 5_000;

interface Entry {
  count: Promise<number>;
  expires: number;
  generation: number;
}

export interface CountCache {
  remember(key: string, count: () => Promise<number>): Promise<number>;
}

let generation = 0;

export function forgetCustomerCounts(): void {
  generation += 1;
}

export function countCacheSeconds(env: Record<string, string | undefined> = process.env): number {
  const seconds = Number(env.CUSTOMERS_COUNT_CACHE_SECONDS ?? DEFAULT_COUNT_CACHE_SECONDS);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
}

export function createCountCache(ttlSeconds: () => number = countCacheSeconds, clock: () => number = Date.now): CountCache {
  const entries = new Map<string, Entry>();
  return {
    remember(key, count) {
      const now = clock();
      const entry = entries.get(key);
      if (entry && entry.expires > now && entry.generation === generation) return entry.count;
      const seconds = ttlSeconds();
      if (seconds <= 0) return count();
      const pending = count();
      // Map keeps insertion order: the first key is the oldest.
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      entries.set(key, { count: pending, expires: now + seconds * 1000, generation });
      pending.catch(() => entries.delete(key));
      return pending;
    },
  };
}

const shared = new WeakMap<Db, CountCache>();

/** The process's cache for one database client (the API and the pages share it). */
export function countCacheFor(db: Db): CountCache {
  let cache = shared.get(db);
  if (!cache) shared.set(db, (cache = createCountCache()));
  return cache;
}

/** The identity of a WHERE clause: its SQL and its parameter values. */
export function countKey(where: Prisma.Sql): string {
  const values = where.values.map((value) => (value instanceof Date ? value.toISOString() : value));
  return JSON.stringify([where.sql, values]);
}
