import type { BackoffSettings } from './backoff';
import type { Clock } from './clock';

/** Knobs a caller rarely needs and tests always do: time, randomness and safety caps. */
export interface UpstreamClientOptions {
  clock?: Clock;
  /** Uniform in [0, 1); drives backoff jitter. */
  random?: () => number;
  backoff?: BackoffSettings;
  /** Longest `Retry-After` the client is willing to wait out. */
  maxRetryAfterMs?: number;
  /** Hard stop for a walk, whatever the upstream claims. */
  maxPages?: number;
}

/** Far beyond any real walk (100 million customers at 1,000 a page), low enough to end a runaway one. */
export const DEFAULT_MAX_PAGES = 100_000;
