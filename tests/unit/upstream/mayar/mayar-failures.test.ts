import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { UpstreamError } from '@/lib/upstream/http/upstream-error';
import { createMayarClient } from '@/lib/upstream/mayar/create-mayar-client';
import { MAYAR_RATE_LIMIT_PER_MINUTE, startMayarFake, type MayarFake, type MayarFakeOptions } from '@/tests/fakes/mayar/start-mayar-fake';
import { collect, failureOf, mayarConfig } from '../support/client-configs';
import { virtualClock, type VirtualClock } from '../support/virtual-clock';

let fake: MayarFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function setup(options: MayarFakeOptions, config: Parameters<typeof mayarConfig>[1] = {}, clock: VirtualClock = virtualClock()) {
  fake = await startMayarFake({ size: 30, pageSizeOverride: 10, ...options });
  return { fake, clock, client: createMayarClient(mayarConfig(fake, config), { clock, random: () => 0.5 }) };
}

const statuses = (fake: MayarFake) => fake.requests.map((request) => request.status);

describe('Mayar client under failure', () => {
  it('honours Retry-After (seconds) on 429 and finishes the walk', async () => {
    const { fake, clock, client } = await setup({ faults: { rateLimit: { requests: [2, 3], retryAfter: '7' } } });
    const pages = await collect(client.pages());
    expect(pages.flatMap((page) => page.rows)).toHaveLength(30);
    expect(statuses(fake)).toEqual([200, 429, 429, 200, 200]);
    expect(clock.sleeps).toEqual([7000, 7000]);
    expect(fake.requests.map((request) => request.params.page)).toEqual(['1', '2', '2', '2', '3']);
  });

  it('honours Retry-After given as an HTTP date', async () => {
    const clock = virtualClock(Date.parse('2025-01-01T00:00:00Z'));
    const { clock: used, client } = await setup({ faults: { rateLimit: { next: 1, retryAfter: 'Wed, 01 Jan 2025 00:00:42 GMT' } } }, {}, clock);
    await collect(client.pages());
    expect(used.sleeps).toEqual([42_000]);
  });

  it('retries a 5xx with jittered backoff, then carries on', async () => {
    const { fake, clock, client } = await setup({ faults: { serverError: { requests: [1, 2], status: 502 } } });
    const pages = await collect(client.pages());
    expect(pages).toHaveLength(3);
    expect(statuses(fake)).toEqual([502, 502, 200, 200, 200]);
    expect(clock.sleeps).toEqual([250, 500]);
  });

  it('gives up on a 5xx that does not go away with a typed unavailable error', async () => {
    const { fake, client } = await setup({ faults: { serverError: { every: 1, status: 503 } } });
    const error = (await failureOf(client.pages())) as UpstreamError;
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ kind: 'unavailable', status: 503, attempts: 6, context: { page: 1 } });
    expect(error.message).toMatch(/^Mayar is unavailable \(503 Service Unavailable\)\. Try again later\. \[page 1, GET .*\] Gave up after 6 attempts\.$/);
    expect(fake.requests).toHaveLength(6);
  });

  it('treats a 200 whose body says statusCode 401 as unauthorized, without retrying', async () => {
    const { fake, client } = await setup({ faults: { errorInOkBody: { next: 1, status: 401 } } });
    const error = (await failureOf(client.pages())) as UpstreamError;
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401, attempts: 1, context: { page: 1 } });
    expect(error.message).toMatch(/^Mayar rejected the API key \(401 Unauthorized, as statusCode in the body of an HTTP 200 answer\)\. Check MAYAR_API_KEY\./);
    expect(statuses(fake)).toEqual([200]);
  });

  it('retries a 200 whose body says statusCode 503, then carries on', async () => {
    const { fake, clock, client } = await setup({ faults: { errorInOkBody: { requests: [2], status: 503 } } });
    const pages = await collect(client.pages());
    expect(pages.flatMap((page) => page.rows)).toHaveLength(30);
    expect(fake.requests.map((request) => [request.params.page, request.fault])).toEqual([
      ['1', null],
      ['2', 'error_in_ok_body'],
      ['2', null],
      ['3', null],
    ]);
    expect(clock.sleeps).toEqual([250]);
  });

  it('gives up on a statusCode 500 body that does not go away, on the V2 list too', async () => {
    const { client } = await setup({ faults: { errorInOkBody: { every: 1 } } }, { version: 'v2', maxRetries: 2 });
    const error = (await failureOf(client.pages())) as UpstreamError;
    expect(error).toMatchObject({ kind: 'unavailable', status: 500, attempts: 3 });
    expect(error.message).toMatch(/^Mayar is unavailable \(500 Internal Server Error, as statusCode in the body of an HTTP 200 answer\)\. Try again later\./);
  });

  it('gives up on endless 429s with a typed rate_limited error', async () => {
    const { client } = await setup({ faults: { rateLimit: { every: 1, retryAfter: '1' } } }, { maxRetries: 2 });
    const error = (await failureOf(client.pages())) as UpstreamError;
    expect(error).toMatchObject({ kind: 'rate_limited', status: 429, attempts: 3 });
  });

  it('times out a slow answer and retries it', async () => {
    const { client } = await setup({ size: 5, faults: { latencyMs: 400 } }, { timeoutMs: 100, maxRetries: 1 });
    const error = (await failureOf(client.pages())) as UpstreamError;
    expect(error).toMatchObject({ kind: 'unavailable', attempts: 2 });
    expect(error.message).toContain('Mayar did not answer within 100 ms');
    expect(client.requestCount).toBe(2);
  });

  it('retries one answer too slow for its timeout, then carries on', async () => {
    const { client } = await setup({ faults: { slow: { requests: [2], ms: 400 } } }, { timeoutMs: 100 });
    const pages = await collect(client.pages());
    expect(pages.flatMap((page) => page.rows)).toHaveLength(30);
    // Page 2 twice: the slow answer was abandoned (the fake logs it only once it finally answers).
    expect(client.requestCount).toBe(4);
  });

  it('recovers from one malformed JSON body; reports invalid_response when it persists', async () => {
    const once = await setup({ faults: { malformedJson: { requests: [2] } } });
    expect((await collect(once.client.pages())).flatMap((page) => page.rows)).toHaveLength(30);
    await once.fake.close();

    const always = await setup({ faults: { malformedJson: { every: 1 } } }, { maxRetries: 2 });
    const error = (await failureOf(always.client.pages())) as UpstreamError;
    expect(error).toMatchObject({ kind: 'invalid_response', attempts: 3 });
    expect(error.message).toContain('not valid JSON');
  });

  it('recovers from one truncated body; reports invalid_response when it persists', async () => {
    const once = await setup({ faults: { truncatedBody: { requests: [1] } } });
    expect((await collect(once.client.pages())).flatMap((page) => page.rows)).toHaveLength(30);
    expect(once.fake.requests.map((request) => request.fault)).toEqual(['truncated_body', null, null, null]);
    await once.fake.close();

    const always = await setup({ faults: { truncatedBody: { every: 1 } } }, { maxRetries: 1 });
    const error = (await failureOf(always.client.pages())) as UpstreamError;
    expect(error).toMatchObject({ kind: 'invalid_response', attempts: 2 });
    expect(error.message).toContain('cut the response off');
  });

  it('reports a page in an unexpected shape without retrying', async () => {
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ statusCode: 200, messages: 'success', hasMore: 'yes', page: 1, data: {} }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const client = createMayarClient(mayarConfig({ url, apiKey: 'k' }), { clock: virtualClock() });
      const error = (await failureOf(client.pages())) as UpstreamError;
      expect(error).toMatchObject({ kind: 'invalid_response', attempts: 1, context: { page: 1 } });
      expect(error.message).toMatch(/^Mayar sent a page in an unexpected shape \(hasMore: .*; pageCount: .*; data: .*\)/);
      expect(client.requestCount).toBe(1);
    } finally {
      server.close();
    }
  });

  it('fails a wrong key at once with a typed unauthorized error', async () => {
    fake = await startMayarFake({ size: 5 });
    const client = createMayarClient(mayarConfig(fake, { apiKey: 'wrong-key' }), { clock: virtualClock() });
    const error = (await failureOf(client.pages())) as UpstreamError;
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401, attempts: 1 });
    expect(error.message).toMatch(/^Mayar rejected the API key \(401 Unauthorized\)\. Check MAYAR_API_KEY\./);
    expect(fake.requests).toHaveLength(1);
  });

  it('checks the header exactly: Bearer and the key, nothing else', async () => {
    fake = await startMayarFake({ size: 1 });
    const url = `${fake.url}/hl/v1/customer?page=1&pageSize=10`;
    for (const header of [`bearer ${fake.apiKey}`, `Bearer  ${fake.apiKey}`, fake.apiKey, `Token ${fake.apiKey}`]) {
      const response = await fetch(url, { headers: { Authorization: header } });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ statusCode: 401, messages: 'Unauthorized' });
    }
    expect((await fetch(url, { headers: { Authorization: `Bearer ${fake.apiKey}` } })).status).toBe(200);
  });
});

describe('Mayar fake: the documented rate limit', () => {
  it('answers the 21st request of a minute from one IP with 429, Retry-After and Mayar\'s body, and counts no refused request', async () => {
    const clock = virtualClock(0);
    fake = await startMayarFake({ size: 5, rateLimit: { perMinute: MAYAR_RATE_LIMIT_PER_MINUTE, now: clock.now } });
    const get = () => fetch(`${fake!.url}/hl/v1/customer?page=1&pageSize=10`, { headers: { Authorization: `Bearer ${fake!.apiKey}` } });
    for (let request = 0; request < 20; request++) {
      expect((await get()).status).toBe(200);
      clock.advance(1000);
    }
    const refused = await get();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('40');
    expect(await refused.json()).toEqual({ statusCode: 429, messages: 'Too Many Requests' });
    clock.advance(39_000);
    expect((await get()).headers.get('retry-after')).toBe('1');
    clock.advance(1000);
    expect((await get()).status).toBe(200);
  });
});

describe('Mayar client against the rate-limited fake', () => {
  async function limited(config: Parameters<typeof mayarConfig>[1]) {
    const clock = virtualClock(0);
    fake = await startMayarFake({ size: 300, pageSizeOverride: 10, rateLimit: { perMinute: MAYAR_RATE_LIMIT_PER_MINUTE, now: clock.now } });
    const client = createMayarClient(mayarConfig(fake, config), { clock });
    return { fake, clock, client };
  }

  it('never trips the limit with the default pacing (20 a minute)', async () => {
    const { fake, clock, client } = await limited({});
    expect((await collect(client.pages())).flatMap((page) => page.rows)).toHaveLength(300);
    expect(statuses(fake).filter((status) => status !== 200)).toEqual([]);
    expect(clock.sleeps).toEqual([60_000]);
  });

  it('paced above the limit (50 a minute, as another Mayar page says), backs off on 429 and finishes', async () => {
    const { fake, clock, client } = await limited({ ratePerMinute: 50 });
    const pages = await collect(client.pages());
    expect(pages.flatMap((page) => page.rows.map((row) => row.id))).toEqual(fake.dataset.all().map((record) => record.id));
    expect(statuses(fake)).toEqual([...Array<number>(20).fill(200), 429, ...Array<number>(10).fill(200)]);
    expect(fake.requests[20]!.params.page).toBe(fake.requests[21]!.params.page);
    expect(clock.sleeps).toEqual([60_000]);
  });

  it('unpaced, waits out every Retry-After and still gets each customer once', async () => {
    const { fake, client } = await limited({ ratePerMinute: 0 });
    const pages = await collect(client.pages());
    expect(pages.flatMap((page) => page.rows)).toHaveLength(300);
    expect(statuses(fake).filter((status) => status === 429)).toHaveLength(1);
  });
});

describe('Mayar pacing', () => {
  it('holds the 21st request of a minute until the window frees (20 per minute by default)', async () => {
    const clock = virtualClock(0);
    fake = await startMayarFake({ size: 250, pageSizeOverride: 10 });
    const sentAt: number[] = [];
    fake.onBeforePage(() => void sentAt.push(clock.now()));
    const pages = await collect(createMayarClient(mayarConfig(fake), { clock }).pages());
    expect(pages).toHaveLength(25);
    expect(sentAt.slice(0, 20).every((time) => time === 0)).toBe(true);
    expect(sentAt.slice(20)).toEqual([60_000, 60_000, 60_000, 60_000, 60_000]);
    expect(clock.sleeps).toEqual([60_000]);
  });

  it('follows a configured rate', async () => {
    const clock = virtualClock(0);
    fake = await startMayarFake({ size: 60, pageSizeOverride: 10 });
    const sentAt: number[] = [];
    fake.onBeforePage(() => void sentAt.push(clock.now()));
    await collect(createMayarClient(mayarConfig(fake, { ratePerMinute: 2 }), { clock }).pages());
    expect(sentAt).toEqual([0, 0, 60_000, 60_000, 120_000, 120_000]);
  });
});
