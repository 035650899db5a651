import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestJson, type JsonRequest } from '@/lib/upstream/http/request-json';
import { UpstreamError } from '@/lib/upstream/http/upstream-error';
import { MAYAR } from '@/lib/upstream/mayar/mayar-identity';
import { mayarBodyStatus } from '@/lib/upstream/mayar/mayar-schemas';

const KEY = 'sk-live-7f3a9c2e-secret';

/** Routes answer whatever the test needs, including bodies that echo the Authorization header back. */
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const status = Number(url.searchParams.get('status') ?? 200);
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (url.searchParams.has('retryAfter')) headers['Retry-After'] = url.searchParams.get('retryAfter')!;
    if (status >= 300 && status < 400) headers.Location = 'https://elsewhere.example/steal';
    const body = url.searchParams.get('body') ?? JSON.stringify({ detail: `echo ${request.headers.authorization}` });
    const delay = Number(url.searchParams.get('delay') ?? 0);
    setTimeout(() => {
      response.writeHead(status, headers);
      response.end(body);
    }, delay);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

function request(query: string, overrides: Partial<JsonRequest> = {}): JsonRequest {
  return {
    identity: MAYAR,
    url: new URL(`${base}/hl/v1/customer?${query}`),
    headers: { Authorization: `Bearer ${KEY}` },
    secret: KEY,
    timeoutMs: 2000,
    context: { page: 3 },
    nowMs: Date.now(),
    ...overrides,
  };
}

async function failure(query: string, overrides: Partial<JsonRequest> = {}): Promise<UpstreamError> {
  const error = await requestJson(request(query, overrides)).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(UpstreamError);
  const typed = error as UpstreamError;
  // Whatever went wrong, the key is not in anything the error carries.
  expect(JSON.stringify({ message: typed.message, cause: String(typed.cause), context: typed.context })).not.toContain(KEY);
  return typed;
}

describe('requestJson', () => {
  it('returns the parsed body of a 2xx answer', async () => {
    await expect(requestJson(request(`body=${encodeURIComponent('{"ok":true}')}`))).resolves.toEqual({ ok: true });
  });

  it('maps 401 to unauthorized with the upstream detail, minus any echoed key', async () => {
    const error = await failure('status=401');
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401, retryable: false, upstream: 'mayar' });
    expect(error.message).toMatch(/^Mayar rejected the API key \(401 Unauthorized: echo Bearer \[redacted\]\)\. Check MAYAR_API_KEY\. \[page 3\]$/);
  });

  it('maps 403 to forbidden, distinct from 401', async () => {
    const body = encodeURIComponent('{"detail":"You do not have permission to perform this action."}');
    const error = await failure(`status=403&body=${body}`);
    expect(error).toMatchObject({ kind: 'forbidden', status: 403, retryable: false });
    expect(error.message).toContain('403 Forbidden: You do not have permission to perform this action.');
  });

  it('maps 429 to a retryable rate_limited error carrying Retry-After', async () => {
    const error = await failure('status=429&retryAfter=3');
    expect(error).toMatchObject({ kind: 'rate_limited', retryable: true, retryAfterMs: 3000 });
    expect(error.message).toContain('Lower MAYAR_RATE_LIMIT_PER_MINUTE');
  });

  it('maps 5xx to a retryable unavailable error (503 may carry Retry-After)', async () => {
    expect(await failure('status=500')).toMatchObject({ kind: 'unavailable', status: 500, retryable: true, retryAfterMs: undefined });
    expect(await failure('status=503&retryAfter=2')).toMatchObject({ kind: 'unavailable', status: 503, retryAfterMs: 2000 });
  });

  it('maps 404 and 400 to non-retryable rejected errors with a hint', async () => {
    expect((await failure('status=404')).message).toContain('Check MAYAR_API_BASE_URL');
    const bad = await failure(`status=400&body=${encodeURIComponent('{"limit":["Enter a whole number."]}')}`);
    expect(bad).toMatchObject({ kind: 'rejected', retryable: false });
    expect(bad.message).toContain('400 Bad Request: {"limit":["Enter a whole number."]}');
  });

  it('reports a redirect instead of following it, so the key never goes to another host', async () => {
    const error = await failure('status=302');
    expect(error).toMatchObject({ kind: 'rejected', status: 302 });
    expect(error.message).toContain('redirected the request to https://elsewhere.example/steal');
  });

  it('times out a slow answer as retryable unavailable', async () => {
    const error = await failure('delay=500', { timeoutMs: 100 });
    expect(error).toMatchObject({ kind: 'unavailable', retryable: true });
    expect(error.message).toContain('did not answer within 100 ms');
  });

  it('reports an unreachable host as retryable unavailable with a clean cause', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failure('', { url: new URL(`http://127.0.0.1:${port}/hl/v1/customer`) });
    expect(error).toMatchObject({ kind: 'unavailable', retryable: true });
    expect(error.message).toContain(`could not be reached at http://127.0.0.1:${port} (ECONNREFUSED)`);
    expect((error.cause as Error).message).toBe('ECONNREFUSED');
  });

  it('fails a 200 whose body declares an error status, typed by that status, minus any echoed key', async () => {
    const body = (statusCode: number) => `body=${encodeURIComponent(JSON.stringify({ statusCode, messages: `no, ${KEY}` }))}`;
    const withCheck = { bodyStatus: mayarBodyStatus };
    const unavailable = await failure(body(503), withCheck);
    expect(unavailable).toMatchObject({ kind: 'unavailable', status: 503, retryable: true });
    expect(unavailable.message).toBe(
      'Mayar is unavailable (503 Service Unavailable: no, [redacted], as statusCode in the body of an HTTP 200 answer). Try again later. [page 3]',
    );
    expect(await failure(body(429), withCheck)).toMatchObject({ kind: 'rate_limited', retryable: true });
    expect(await failure(body(403), withCheck)).toMatchObject({ kind: 'forbidden', retryable: false });
    // Not a redirect to follow or report as one: an answer in a shape Mayar does not use.
    const odd = await failure(body(302), withCheck);
    expect(odd).toMatchObject({ kind: 'rejected', status: 302 });
    expect(odd.message).not.toContain('redirected');
    await expect(requestJson(request(body(200), withCheck))).resolves.toEqual({ statusCode: 200, messages: `no, ${KEY}` });
    await expect(requestJson(request(body(503)))).resolves.toMatchObject({ statusCode: 503 });
  });

  it('maps a body that is not JSON to a retryable invalid_response', async () => {
    const error = await failure(`body=${encodeURIComponent('<html>oops ' + KEY + '</html>')}`);
    expect(error).toMatchObject({ kind: 'invalid_response', retryable: true });
    expect(error.message).toContain('not valid JSON');
  });
});
