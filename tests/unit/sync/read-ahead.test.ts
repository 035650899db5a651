import { describe, expect, it } from 'vitest';
import { readAheadInBatches } from '@/lib/sync/read-ahead';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const one = { weigh: () => 1, maxWeight: 1, maxWaitMs: 1_000 };

describe('readAheadInBatches', () => {
  it('hands a full batch over at once', async () => {
    async function* source() {
      for (let page = 1; page <= 3; page++) {
        await sleep(5);
        yield page;
      }
    }
    const batches: number[][] = [];
    for await (const batch of readAheadInBatches(source(), one)) batches.push(batch);
    expect(batches).toEqual([[1], [2], [3]]);
  });

  it('hands a batch over once its oldest item has waited maxWaitMs, without waiting for a slow source', async () => {
    const started = performance.now();
    async function* source() {
      yield 1;
      await sleep(300);
      yield 2;
    }
    const handedAt: number[] = [];
    const batches: number[][] = [];
    for await (const batch of readAheadInBatches(source(), { weigh: () => 1, maxWeight: 10, maxWaitMs: 30 })) {
      handedAt.push(performance.now() - started);
      batches.push(batch);
    }
    expect(batches).toEqual([[1], [2]]);
    expect(handedAt[0]).toBeGreaterThanOrEqual(25);
    expect(handedAt[0]).toBeLessThan(250);
  });

  it('keeps reading while a slow consumer works, and hands over everything read since', async () => {
    async function* source() {
      for (let page = 1; page <= 4; page++) yield page;
    }
    const batches: number[][] = [];
    for await (const batch of readAheadInBatches(source(), { weigh: () => 1, maxWeight: 10, maxWaitMs: 0 })) {
      batches.push(batch);
      await sleep(20);
    }
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('stops reading once maxWeight is waiting, and resumes after the hand-over', async () => {
    let fetched = 0;
    async function* source() {
      for (let page = 1; page <= 7; page++) {
        fetched = page;
        yield page;
      }
    }
    const batches: number[][] = [];
    const fetchedWhenHanded: number[] = [];
    for await (const batch of readAheadInBatches(source(), { weigh: (page) => page, maxWeight: 5, maxWaitMs: 0 })) {
      await sleep(20);
      fetchedWhenHanded.push(fetched);
      batches.push(batch);
    }
    expect(batches.flat()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const batch of batches.slice(1, -1)) expect(batch.reduce((sum, page) => sum + page, 0)).toBeGreaterThanOrEqual(5);
    // While the consumer slept on [1], the reader filled 2 + 3 = 5 and stopped there.
    expect(batches[1]).toEqual([2, 3]);
    expect(fetchedWhenHanded[0]).toBe(3);
  });

  it('hands over what was read before passing a failure of the source on', async () => {
    async function* source() {
      yield 1;
      yield 2;
      throw new Error('upstream gone');
    }
    const seen: number[] = [];
    await expect(async () => {
      for await (const batch of readAheadInBatches(source(), { weigh: () => 1, maxWeight: 10, maxWaitMs: 0 })) {
        seen.push(...batch);
        await sleep(10);
      }
    }).rejects.toThrow('upstream gone');
    expect(seen).toEqual([1, 2]);
  });

  it('lets the consumer stop early: the source is closed and its failure goes unobserved', async () => {
    let finished = false;
    async function* source() {
      try {
        yield 1;
        await sleep(5);
        throw new Error('never awaited');
      } finally {
        finished = true;
      }
    }
    for await (const batch of readAheadInBatches(source(), one)) if (batch.includes(1)) break;
    await sleep(20);
    expect(finished).toBe(true);
  });
});
