import type { Clock } from '@/lib/upstream/http/clock';

/** A clock whose sleeps return at once and move time forward, so pacing and backoff cost no real time. */
export interface VirtualClock extends Clock {
  /** Every sleep asked for, in order. */
  sleeps: number[];
  advance(ms: number): void;
}

export function virtualClock(start = Date.UTC(2025, 0, 1)): VirtualClock {
  let now = start;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    sleeps,
    advance: (ms) => void (now += ms),
  };
}
