import 'server-only';
import { z } from 'zod';
import { readEnvironment, unsetWhenBlank, wholeNumberSetting } from '@/lib/config/read-environment';

/**
 * Upstream settings, read from the environment once. An upstream without a key (or, for the
 * customer service, without a base URL) is not configured: `null`, and the sync falls back to the
 * bundled fakes in demo mode. A bad value stops startup with a message naming the variable.
 */
export interface MayarClientConfig {
  baseUrl: string;
  apiKey: string;
  version: 'v1' | 'v2';
  pageSize: number;
  ratePerMinute: number;
  timeoutMs: number;
  maxRetries: number;
}

export interface CustomerServiceClientConfig {
  baseUrl: string;
  apiKey: string;
  pageSize: number;
  /** 0 = unpaced. */
  ratePerMinute: number;
  timeoutMs: number;
  maxRetries: number;
}

export interface UpstreamConfig {
  mayar: MayarClientConfig | null;
  customerService: CustomerServiceClientConfig | null;
}

const SECRET_VARIABLES = new Set(['MAYAR_API_KEY', 'CUSTOMERS_API_KEY']);

const baseUrl = z
  .preprocess(unsetWhenBlank, z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional())
  .transform((value) => value?.replace(/\/+$/, ''));

const secret = z.preprocess(unsetWhenBlank, z.string().optional());

const environmentSchema = z.object({
  MAYAR_API_BASE_URL: baseUrl.transform((value) => value ?? 'https://api.mayar.id'),
  MAYAR_API_KEY: secret,
  MAYAR_API_VERSION: z
    .preprocess(unsetWhenBlank, z.enum(['v1', 'v2'], { error: 'must be v1 or v2' }).optional())
    .transform((value) => value ?? 'v1'),
  MAYAR_PAGE_SIZE: wholeNumberSetting(1, 10_000, 1000),
  MAYAR_RATE_LIMIT_PER_MINUTE: wholeNumberSetting(0, 100_000, 20),
  CUSTOMERS_API_BASE_URL: baseUrl,
  CUSTOMERS_API_KEY: secret,
  // DRF cuts a `limit` above its max_limit down without saying so; the walks step by the rows
  // that came back, so a size above the service's cap is safe (just no faster).
  CUSTOMERS_PAGE_SIZE: wholeNumberSetting(1, 10_000, 1000),
  CUSTOMERS_RATE_LIMIT_PER_MINUTE: wholeNumberSetting(0, 100_000, 0),
  UPSTREAM_TIMEOUT_MS: wholeNumberSetting(100, 600_000, 15_000),
  UPSTREAM_MAX_RETRIES: wholeNumberSetting(0, 20, 5),
});

export function readUpstreamConfig(env: Record<string, string | undefined>): UpstreamConfig {
  const e = readEnvironment(environmentSchema, env, { what: 'upstream', secrets: SECRET_VARIABLES });
  const shared = { timeoutMs: e.UPSTREAM_TIMEOUT_MS, maxRetries: e.UPSTREAM_MAX_RETRIES };
  return {
    mayar: e.MAYAR_API_KEY
      ? {
          baseUrl: e.MAYAR_API_BASE_URL,
          apiKey: e.MAYAR_API_KEY,
          version: e.MAYAR_API_VERSION,
          pageSize: e.MAYAR_PAGE_SIZE,
          ratePerMinute: e.MAYAR_RATE_LIMIT_PER_MINUTE,
          ...shared,
        }
      : null,
    customerService:
      e.CUSTOMERS_API_KEY && e.CUSTOMERS_API_BASE_URL
        ? {
            baseUrl: e.CUSTOMERS_API_BASE_URL,
            apiKey: e.CUSTOMERS_API_KEY,
            pageSize: e.CUSTOMERS_PAGE_SIZE,
            ratePerMinute: e.CUSTOMERS_RATE_LIMIT_PER_MINUTE,
            ...shared,
          }
        : null,
  };
}

let cached: UpstreamConfig | undefined;

export function upstreamConfig(): UpstreamConfig {
  cached ??= readUpstreamConfig(process.env);
  return cached;
}
