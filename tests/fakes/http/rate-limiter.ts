/**
 * A sliding-minute request limit per client address, as Mayar documents its own (20 requests a
 * minute per IP). A refused request is not counted, so a client that waits as long as it is told
 * gets through.
 */
export interface RateLimit {
  perMinute: number;
  /** The limiter's clock; a test passes its virtual clock so pacing and the limit agree on time. */
  now?: () => number;
}

const WINDOW_MS = 60_000;

/** Returns, per request, null when it may go ahead (and counts it), else the ms until it could. */
export function createRateLimiter({ perMinute, now = Date.now }: RateLimit): (client: string) => number | null {
  const recentByClient = new Map<string, number[]>();
  return (client) => {
    const at = now();
    const recent = (recentByClient.get(client) ?? []).filter((time) => time > at - WINDOW_MS);
    recentByClient.set(client, recent);
    if (recent.length >= perMinute) return recent[0]! + WINDOW_MS - at;
    recent.push(at);
    return null;
  };
}
