import { backoffDelay, DEFAULT_BACKOFF, type BackoffSettings } from './backoff';
import type { Clock } from './clock';
import { UpstreamError } from './upstream-error';

export interface RetryPolicy {
  maxRetries: number;
  clock: Clock;
  random: () => number;
  backoff?: BackoffSettings;
  /** A `Retry-After` longer than this is not waited out: the error is reported instead. */
  maxRetryAfterMs: number;
  onRetry?: (error: UpstreamError, retry: number, delayMs: number) => void;
}

export const DEFAULT_MAX_RETRY_AFTER_MS = 300_000;

/** Runs `attempt` until it succeeds, fails with a non-retryable error, or the retries are used up. */
export async function withRetries<T>(attempt: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  for (let retry = 0; ; retry++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof UpstreamError)) throw error;
      const attempts = retry + 1;
      if (!error.retryable || retry >= policy.maxRetries) throw attempts > 1 ? error.afterAttempts(attempts) : error;
      if (error.retryAfterMs !== undefined && error.retryAfterMs > policy.maxRetryAfterMs) throw error.afterAttempts(attempts);
      const delayMs = error.retryAfterMs ?? backoffDelay(retry, policy.random, policy.backoff ?? DEFAULT_BACKOFF);
      policy.onRetry?.(error, retry + 1, delayMs);
      await policy.clock.sleep(delayMs);
    }
  }
}
