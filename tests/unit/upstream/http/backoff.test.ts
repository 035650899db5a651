import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF, parseRetryAfter } from '@/lib/upstream/http/backoff';

describe('backoffDelay (capped exponential, full jitter)', () => {
  it('defaults to a 500 ms base and a 30 s cap', () => {
    expect(DEFAULT_BACKOFF).toEqual({ baseMs: 500, capMs: 30_000 });
  });

  it('waits between 0 and base·2^retry, chosen by the random source', () => {
    const almostOne = () => 0.999_999;
    expect([0, 1, 2, 3].map((retry) => backoffDelay(retry, () => 0))).toEqual([0, 0, 0, 0]);
    expect([0, 1, 2, 3].map((retry) => backoffDelay(retry, almostOne))).toEqual([499, 999, 1999, 3999]);
    expect(backoffDelay(2, () => 0.5)).toBe(1000);
  });

  it('never exceeds the cap however many retries', () => {
    for (const retry of [6, 10, 40]) {
      expect(backoffDelay(retry, () => 0.999_999)).toBe(DEFAULT_BACKOFF.capMs - 1);
    }
    expect(backoffDelay(3, () => 0.999_999, { baseMs: 10, capMs: 50 })).toBe(49);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');

  it('reads delay-seconds', () => {
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter(' 7 ', now)).toBe(7000);
  });

  it('reads an HTTP date as the time left until it', () => {
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:59:00 GMT', now)).toBe(0);
  });

  it('ignores a missing or unreadable value', () => {
    for (const value of [null, undefined, '', 'soon', '-5', '1.5']) expect(parseRetryAfter(value, now)).toBeNull();
  });
});
