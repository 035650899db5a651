import { describe, expect, it } from 'vitest';
import { countCacheSeconds, countKey, createCountCache, forgetCustomerCounts } from '@/lib/customers/count-cache';
import { Prisma } from '@/lib/db/types';

function setup(seconds = 5) {
  let now = 1_000_000;
  let counted = 0;
  const cache = createCountCache(() => seconds, () => now);
  const count = async () => ++counted;
  return { cache, count, tick: (ms: number) => (now += ms), counted: () => counted };
}

describe('the count cache', () => {
  it('answers from memory within the time to live, then counts again', async () => {
    const { cache, count, tick, counted } = setup();
    expect(await cache.remember('a', count)).toBe(1);
    tick(4_999);
    expect(await cache.remember('a', count)).toBe(1);
    tick(1);
    expect(await cache.remember('a', count)).toBe(2);
    expect(counted()).toBe(2);
  });

  it('shares one count between concurrent requests', async () => {
    const { cache, count, counted } = setup();
    expect(await Promise.all([cache.remember('a', count), cache.remember('a', count), cache.remember('b', count)])).toEqual([1, 1, 2]);
    expect(counted()).toBe(2);
  });

  it('forgets everything when a writer says so, and never keeps a failure', async () => {
    const { cache, count } = setup();
    await cache.remember('a', count);
    forgetCustomerCounts();
    expect(await cache.remember('a', count)).toBe(2);
    await expect(cache.remember('b', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.remember('b', count)).toBe(3);
  });

  it('counts every time with a time to live of 0', async () => {
    const { cache, count } = setup(0);
    await cache.remember('a', count);
    expect(await cache.remember('a', count)).toBe(2);
  });

  it('reads its time to live from CUSTOMERS_COUNT_CACHE_SECONDS', () => {
    expect(countCacheSeconds({})).toBe(5);
    expect(countCacheSeconds({ CUSTOMERS_COUNT_CACHE_SECONDS: '0' })).toBe(0);
    expect(countCacheSeconds({ CUSTOMERS_COUNT_CACHE_SECONDS: '30' })).toBe(30);
    expect(countCacheSeconds({ CUSTOMERS_COUNT_CACHE_SECONDS: 'soon' })).toBe(0);
  });

  it('keys a WHERE clause by its SQL and its values', () => {
    const at = new Date('2024-01-01T00:00:00Z');
    expect(countKey(Prisma.sql`a = ${1} AND b >= ${at}`)).toBe(countKey(Prisma.sql`a = ${1} AND b >= ${new Date(at)}`));
    expect(countKey(Prisma.sql`a = ${1}`)).not.toBe(countKey(Prisma.sql`a = ${2}`));
  });
});
