import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_RETRY_AFTER_MS, withRetries, type RetryPolicy } from '@/lib/upstream/http/retry';
import { UpstreamError, type UpstreamErrorKind } from '@/lib/upstream/http/upstream-error';
import { createMayarClient } from '@/lib/upstream/mayar/create-mayar-client';
import { startMayarFake } from '@/tests/fakes/mayar/start-mayar-fake';
import { collect, mayarConfig } from '../support/client-configs';
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
  /** One 429 with this Retry-After, then the page, through a client built with no options but its clock. */
  async function afterOneRetryAfter(retryAfter: string) {
    const fake = await startMayarFake({ size: 3, faults: { rateLimit: { next: 1, retryAfter } } });
    try {
      const clock = virtualClock(0);
      const client = createMayarClient(mayarConfig(fake), { clock });
      const outcome = await collect(client.pages()).catch((error: unknown) => error);
      return { outcome, sleeps: clock.sleeps, requests: client.requestCount };
    } finally {
      await fake.close();
    }
  }

  it('by default waits out a Retry-After of up to five minutes', async () => {
    const { outcome, sleeps, requests } = await afterOneRetryAfter('300');
    expect(outcome).toHaveLength(1);
    expect(sleeps).toEqual([300_000]);
    expect(requests).toBe(2);
  });

  it('by default reports a Retry-After longer than five minutes instead of sleeping through it', async () => {
    const { outcome, sleeps, requests } = await afterOneRetryAfter('301');
    expect(outcome).toBeInstanceOf(UpstreamError);
    expect(outcome).toMatchObject({ kind: 'rate_limited', attempts: 1, retryAfterMs: 301_000 });
    expect(sleeps).toEqual([]);
    expect(requests).toBe(1);
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
