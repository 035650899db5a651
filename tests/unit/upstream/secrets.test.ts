import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerServiceClient } from '@/lib/upstream/customer-service/create-customer-service-client';
import { UpstreamError } from '@/lib/upstream/http/upstream-error';
import { createMayarClient } from '@/lib/upstream/mayar/create-mayar-client';
import type { Faults } from '@/tests/fakes/http/faults';
import { startCustomerServiceFake } from '@/tests/fakes/customer-service/start-customer-service-fake';
import { startMayarFake } from '@/tests/fakes/mayar/start-mayar-fake';
import { captureStderr } from './support/capture-stderr';
import { collect, failureOf, mayarConfig, serviceConfig } from './support/client-configs';
import { virtualClock } from './support/virtual-clock';

const MAYAR_KEY = 'mayar-live-key-5f0c1d2e3a4b';
const SERVICE_KEY = 'f00dfacef00dfacef00dfacef00dfacef00dface';

const FAILURES: [string, Faults][] = [
  ['5xx', { serverError: { every: 1, status: 502 } }],
  ['429', { rateLimit: { every: 1, retryAfter: '1' } }],
  ['malformed JSON', { malformedJson: { every: 1 } }],
  ['truncated body', { truncatedBody: { every: 1 } }],
  ['endless pages', { endlessPages: true }],
  ['timeout', { latencyMs: 200 }],
];

/** Every place an error can carry text: message, cause chain, enumerable fields, and how Node prints it. */
function everythingIn(error: unknown): string {
  const parts: string[] = [inspect(error, { depth: 10, showHidden: true })];
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    parts.push(current.message, String(current.stack), JSON.stringify(current));
  }
  return parts.join('\n');
}

// A server that echoes the Authorization header in every error body, as some proxies do.
let echoUrl: string;
const echo = createServer((request, response) => {
  const status = request.url?.includes('status=401') || request.headers.authorization?.includes('401') ? 401 : 500;
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify({ detail: `you sent ${request.headers.authorization}`, messages: request.headers.authorization }));
});
beforeAll(async () => {
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
});
afterAll(() => {
  echo.closeAllConnections();
  echo.close();
});

describe('no upstream key in errors or logs', () => {
  it.each(FAILURES)('Mayar: %s', async (_name, faults) => {
    const fake = await startMayarFake({ size: 20, apiKey: MAYAR_KEY, faults });
    const stderr = captureStderr();
    try {
      const client = createMayarClient(mayarConfig(fake, { timeoutMs: 100, maxRetries: 2 }), { clock: virtualClock() });
      const error = await failureOf(client.pages());
      expect(error).toBeInstanceOf(UpstreamError);
      expect(everythingIn(error)).not.toContain(MAYAR_KEY);
      expect(stderr.text()).not.toContain(MAYAR_KEY);
    } finally {
      stderr.restore();
      await fake.close();
    }
  });

  it.each(FAILURES)('customer service: %s', async (_name, faults) => {
    const fake = await startCustomerServiceFake({ size: 20, apiKey: SERVICE_KEY, faults });
    const stderr = captureStderr();
    try {
      const client = createCustomerServiceClient(serviceConfig(fake, { timeoutMs: 100, maxRetries: 2 }), { clock: virtualClock() });
      for (const walk of [client.pages(), client.changes(null)]) {
        const error = await failureOf(walk);
        expect(error).toBeInstanceOf(UpstreamError);
        expect(everythingIn(error)).not.toContain(SERVICE_KEY);
      }
      expect(stderr.text()).not.toContain(SERVICE_KEY);
    } finally {
      stderr.restore();
      await fake.close();
    }
  });

  it('Mayar: reports rows whose bad fields hold the key without repeating it', async () => {
    const fake = await startMayarFake({ size: 20, apiKey: MAYAR_KEY });
    const [first, second] = fake.dataset.all();
    fake.faults.badRows = [
      { id: first!.id, field: 'updatedAt', value: MAYAR_KEY },
      { id: second!.id, field: 'userId', value: MAYAR_KEY },
    ];
    const stderr = captureStderr();
    try {
      const pages = await collect(createMayarClient(mayarConfig(fake), { clock: virtualClock() }).pages());
      const invalid = pages.flatMap((page) => page.invalid);
      expect(invalid.map((row) => row.upstreamId)).toEqual([first!.id, second!.id]);
      expect(JSON.stringify(invalid)).not.toContain(MAYAR_KEY);
      expect(stderr.text()).not.toContain(MAYAR_KEY);
    } finally {
      stderr.restore();
      await fake.close();
    }
  });

  it('customer service: reports rows whose bad fields hold the key without repeating it, in both walks', async () => {
    const fake = await startCustomerServiceFake({ size: 20, apiKey: SERVICE_KEY });
    fake.faults.badRows = [
      { id: 1, field: 'updated_at', value: SERVICE_KEY },
      { id: 2, field: 'is_active', value: SERVICE_KEY },
    ];
    const stderr = captureStderr();
    try {
      const client = createCustomerServiceClient(serviceConfig(fake), { clock: virtualClock() });
      for (const walk of [client.pages(), client.changes(null)]) {
        const invalid = (await collect(walk)).flatMap((page) => page.invalid);
        expect(invalid.map((row) => row.upstreamId).sort()).toEqual(['1', '2']);
        expect(JSON.stringify(invalid)).not.toContain(SERVICE_KEY);
      }
      expect(stderr.text()).not.toContain(SERVICE_KEY);
    } finally {
      stderr.restore();
      await fake.close();
    }
  });

  it('scrubs a key the upstream echoes back, in errors and in retry logs', async () => {
    const stderr = captureStderr();
    try {
      const options = { clock: virtualClock() };
      const errors = [
        await failureOf(createMayarClient(mayarConfig({ url: echoUrl, apiKey: MAYAR_KEY }, { maxRetries: 2 }), options).pages()),
        await failureOf(createMayarClient(mayarConfig({ url: echoUrl, apiKey: `${MAYAR_KEY}-401` }), options).pages()),
        await failureOf(createCustomerServiceClient(serviceConfig({ url: echoUrl, apiKey: SERVICE_KEY }, { maxRetries: 2 }), options).changes(null)),
      ];
      expect(errors.map((error) => (error as Error).message)).toEqual([
        expect.stringContaining('you sent Bearer [redacted]'),
        expect.stringContaining('you sent Bearer [redacted]'),
        expect.stringContaining('you sent Token [redacted]'),
      ]);
      for (const error of errors) expect(everythingIn(error)).not.toMatch(new RegExp(`${MAYAR_KEY}|${SERVICE_KEY}`));
      expect(stderr.text()).toContain('[redacted]');
      expect(stderr.text()).not.toMatch(new RegExp(`${MAYAR_KEY}|${SERVICE_KEY}`));
    } finally {
      stderr.restore();
    }
  });

  it('never reaches an unreachable host with the key in the error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failureOf(createMayarClient(mayarConfig({ url, apiKey: MAYAR_KEY }, { maxRetries: 1 }), { clock: virtualClock() }).pages());
    expect(error).toMatchObject({ kind: 'unavailable' });
    expect(everythingIn(error)).not.toContain(MAYAR_KEY);
  });
});
