import 'server-only';
import { logger } from '@/lib/log/logger';
import type { UpstreamClientOptions } from './client-options';
import { systemClock } from './clock';
import { createPacer } from './pacer';
import { requestJson } from './request-json';
import { DEFAULT_MAX_RETRY_AFTER_MS, withRetries } from './retry';
import type { UpstreamIdentity } from './upstream-identity';
import type { UpstreamErrorContext } from './upstream-error';

export interface UpstreamHttpSettings {
  identity: UpstreamIdentity;
  baseUrl: string;
  headers: Record<string, string>;
  secret: string;
  timeoutMs: number;
  maxRetries: number;
  ratePerMinute: number;
  /** See JsonRequest.bodyStatus: for upstreams whose 200 answers can still carry an error status. */
  bodyStatus?: (body: unknown) => number | null;
}

export type QueryParams = Record<string, string | number | undefined>;

export interface UpstreamHttp {
  /** Paced, retried GET of a JSON document; throws UpstreamError. */
  getJson(path: string, params: QueryParams, context: UpstreamErrorContext): Promise<unknown>;
  /** HTTP requests sent so far, retries included. */
  readonly requestCount: number;
}

export function buildUrl(baseUrl: string, path: string, params: QueryParams): URL {
  // Appending keeps a base URL's own path prefix (`new URL('/x', base)` would drop it).
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}${path}`);
  for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, String(value));
  return url;
}

export function createUpstreamHttp(settings: UpstreamHttpSettings, options: UpstreamClientOptions = {}): UpstreamHttp {
  const clock = options.clock ?? systemClock;
  const pacer = createPacer(settings.ratePerMinute, clock);
  let requestCount = 0;

  async function getJson(path: string, params: QueryParams, context: UpstreamErrorContext) {
    const url = buildUrl(settings.baseUrl, path, params);
    const where = { ...context, path: `${url.pathname}${url.search}` };
    return withRetries(
      async () => {
        await pacer.acquire();
        requestCount++;
        const { identity, headers, secret, timeoutMs, bodyStatus } = settings;
        return requestJson({ identity, url, headers, secret, timeoutMs, context: where, nowMs: clock.now(), bodyStatus });
      },
      {
        maxRetries: settings.maxRetries,
        clock,
        random: options.random ?? Math.random,
        backoff: options.backoff,
        maxRetryAfterMs: options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS,
        onRetry: (error, retry, delayMs) =>
          logger.warn('upstream request failed; retrying', {
            upstream: settings.identity.upstream,
            kind: error.kind,
            status: error.status,
            retry,
            delayMs,
            path: where.path,
            reason: error.message,
          }),
      },
    );
  }

  return {
    getJson,
    get requestCount() {
      return requestCount;
    },
  };
}
