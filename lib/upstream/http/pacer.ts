import type { Clock } from './clock';

/**
 * Keeps a client under N requests per sliding minute: the N+1th request waits until the oldest
 * of the last N leaves the window. Mayar documents 20 requests per minute per IP.
 */
export interface Pacer {
  acquire(): Promise<void>;
}

const WINDOW_MS = 60_000;

export function createPacer(perMinute: number, clock: Clock): Pacer {
  if (perMinute <= 0) return { acquire: async () => {} };
  const recent: number[] = [];
  let queue: Promise<void> = Promise.resolve();

  async function take() {
    for (;;) {
      const now = clock.now();
      while (recent.length && recent[0]! <= now - WINDOW_MS) recent.shift();
      if (recent.length < perMinute) {
        recent.push(now);
        return;
      }
      await clock.sleep(recent[0]! + WINDOW_MS - now);
    }
  }

  return {
    // Callers are served one at a time so two concurrent requests cannot both take the last slot.
    acquire() {
      const turn = queue.then(take);
      queue = turn.catch(() => {});
      return turn;
    },
  };
}
