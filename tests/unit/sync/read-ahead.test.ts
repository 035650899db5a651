import { describe, expect, it } from 'vitest';
import { readAhead } from '@/lib/sync/read-ahead';

describe('readAhead', () => {
  it('asks for the next item while the current one is being handled', async () => {
    const log: string[] = [];
    async function* source() {
      for (let page = 1; page <= 3; page++) {
        log.push(`fetch ${page}`);
        yield page;
      }
    }
    for await (const page of readAhead(source())) {
      await Promise.resolve();
      log.push(`write ${page}`);
    }
    expect(log).toEqual(['fetch 1', 'fetch 2', 'write 1', 'fetch 3', 'write 2', 'write 3']);
  });

  it('passes a failure of the source on to the consumer', async () => {
    async function* source() {
      yield 1;
      throw new Error('upstream gone');
    }
    const seen: number[] = [];
    await expect(async () => {
      for await (const page of readAhead(source())) seen.push(page);
    }).rejects.toThrow('upstream gone');
    expect(seen).toEqual([1]);
  });

  it('lets the consumer stop early without an unhandled rejection from the item in flight', async () => {
    let finished = false;
    async function* source() {
      try {
        yield 1;
        throw new Error('never awaited');
      } finally {
        finished = true;
      }
    }
    for await (const page of readAhead(source())) if (page === 1) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(finished).toBe(true);
  });
});
