import { describe, expect, it } from 'vitest';
import { createPacer } from '@/lib/upstream/http/pacer';
import { virtualClock } from '../support/virtual-clock';

describe('createPacer (sliding minute)', () => {
  it('lets 20 requests through at once and holds the 21st until the first leaves the window', async () => {
    const clock = virtualClock(0);
    const pacer = createPacer(20, clock);
    const times: number[] = [];
    for (let request = 0; request < 21; request++) {
      await pacer.acquire();
      times.push(clock.now());
      clock.advance(100);
    }
    expect(times.slice(0, 20).every((time, index) => time === index * 100)).toBe(true);
    expect(times[20]).toBe(60_000);
    expect(clock.sleeps).toEqual([60_000 - 2000]);
  });

  it('keeps any 60 s window at or under the limit over a long run', async () => {
    const clock = virtualClock(0);
    const pacer = createPacer(5, clock);
    const times: number[] = [];
    for (let request = 0; request < 40; request++) {
      await pacer.acquire();
      times.push(clock.now());
      clock.advance(1000);
    }
    for (const start of times) expect(times.filter((time) => time >= start && time < start + 60_000).length).toBeLessThanOrEqual(5);
    expect(times.at(-1)).toBeGreaterThanOrEqual(7 * 60_000);
  });

  it('serves concurrent callers one slot each', async () => {
    const clock = virtualClock(0);
    const pacer = createPacer(2, clock);
    const granted: number[] = [];
    await Promise.all([0, 1, 2, 3].map(() => pacer.acquire().then(() => granted.push(clock.now()))));
    expect(granted).toEqual([0, 0, 60_000, 60_000]);
  });

  it('does not pace at all when the rate is 0', async () => {
    const clock = virtualClock(0);
    const pacer = createPacer(0, clock);
    for (let request = 0; request < 500; request++) await pacer.acquire();
    expect(clock.sleeps).toEqual([]);
  });
});
