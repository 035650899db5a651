import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_RETRY_AFTER_MS, withRetries, type RetryPolicy } from '@/lib/upstream/http/retry';
import { UpstreamError, type UpstreamErrorKind } from '@/lib/upstream/http/upstream-error';
import { virtualClock } from '../support/virtual-clock';

const failure = (kind: UpstreamErrorKind, retryable: boolean, retryAfterMs?: number) =>
  new UpstreamError({ kind, upstream: 'mayar', message: `Mayar failed (${kind}).`, retryable, retryAfterMs });

function policy(overrides: Partial<RetryPolicy> = {}): RetryPolicy & { clock: ReturnType<typeof virtualClock> } {
  return { maxRetries: 5, clock: virtualClock(0), random: () => 0.999_999, maxRetryAfterMs: DEFAULT_MAX_RETRY_AFTER_MS, ...overrides } as never;
}

/** An attempt that fails with the given errors, then succeeds. */
function flaky(errors: UpstreamError[]) {
  let calls = 0;
  const attempt = async () => {
    calls++;
    const error = errors.shift();
    if (error) throw error;
    return 'ok';
  };
  return { attempt, calls: () => calls };
}

describe('withRetries', () => {
  it('allows five minutes of Retry-After by default', () => {
    expect(DEFAULT_MAX_RETRY_AFTER_MS).toBe(300_000);
  });

  it('retries retryable failures with growing, capped backoff and returns the eventual answer', async () => {
    const rules = policy({ backoff: { baseMs: 100, capMs: 300 } });
    const { attempt, calls } = flaky([failure('unavailable', true), failure('unavailable', true), failure('unavailable', true)]);
    await expect(withRetries(attempt, rules)).resolves.toBe('ok');
    expect(calls()).toBe(4);
    expect(rules.clock.sleeps).toEqual([99, 199, 299]);
  });

  it('waits exactly what Retry-After asks instead of its own backoff', async () => {
    const rules = policy();
    const { attempt } = flaky([failure('rate_limited', true, 7000)]);
    await withRetries(attempt, rules);
    expect(rules.clock.sleeps).toEqual([7000]);
  });

  it.each(['unauthorized', 'forbidden', 'rejected', 'invalid_response'] as const)('never retries a non-retryable %s', async (kind) => {
    const rules = policy();
    const { attempt, calls } = flaky([failure(kind, false)]);
    const error = await withRetries(attempt, rules).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).kind).toBe(kind);
    expect(calls()).toBe(1);
    expect(rules.clock.sleeps).toEqual([]);
  });

  it('gives up after maxRetries and says how many attempts were made', async () => {
    const rules = policy({ maxRetries: 2 });
    const { attempt, calls } = flaky(Array.from({ length: 10 }, () => failure('unavailable', true)));
    const error = (await withRetries(attempt, rules).catch((caught: unknown) => caught)) as UpstreamError;
    expect(calls()).toBe(3);
    expect(error.kind).toBe('unavailable');
    expect(error.attempts).toBe(3);
    expect(error.message).toMatch(/Gave up after 3 attempts\.$/);
  });

  it('reports a Retry-After longer than it is willing to wait instead of sleeping through it', async () => {
    const rules = policy({ maxRetryAfterMs: 60_000 });
    const { attempt, calls } = flaky([failure('rate_limited', true, 3_600_000)]);
    const error = (await withRetries(attempt, rules).catch((caught: unknown) => caught)) as UpstreamError;
    expect(error.kind).toBe('rate_limited');
    expect(calls()).toBe(1);
    expect(rules.clock.sleeps).toEqual([]);
  });

  it('passes other errors (bugs) straight through', async () => {
    const rules = policy();
    await expect(withRetries(async () => Promise.reject(new RangeError('bug')), rules)).rejects.toThrow(RangeError);
    expect(rules.clock.sleeps).toEqual([]);
  });
});
