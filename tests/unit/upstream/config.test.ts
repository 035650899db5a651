import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '@/lib/config/read-environment';
import { readUpstreamConfig } from '@/lib/upstream/config';

describe('readUpstreamConfig', () => {
  it('leaves an upstream without its key (or the customer service without a base URL) unconfigured', () => {
    expect(readUpstreamConfig({})).toEqual({ mayar: null, customerService: null });
    expect(readUpstreamConfig({ MAYAR_API_KEY: '  ', CUSTOMERS_API_KEY: 'k' })).toEqual({ mayar: null, customerService: null });
    expect(readUpstreamConfig({ CUSTOMERS_API_BASE_URL: 'http://cs.example' }).customerService).toBeNull();
  });

  it('applies the documented defaults', () => {
    const config = readUpstreamConfig({ MAYAR_API_KEY: 'mk', CUSTOMERS_API_KEY: 'ck', CUSTOMERS_API_BASE_URL: 'https://cs.example/' });
    expect(config.mayar).toEqual({
      baseUrl: 'https://api.mayar.id',
      apiKey: 'mk',
      version: 'v1',
      pageSize: 1000,
      ratePerMinute: 20,
      timeoutMs: 15_000,
      maxRetries: 5,
    });
    expect(config.customerService).toEqual({
      baseUrl: 'https://cs.example',
      apiKey: 'ck',
      pageSize: 1000,
      ratePerMinute: 0,
      timeoutMs: 15_000,
      maxRetries: 5,
    });
  });

  it('reads every variable', () => {
    const config = readUpstreamConfig({
      MAYAR_API_BASE_URL: 'https://api.mayar.club/',
      MAYAR_API_KEY: 'mk',
      MAYAR_API_VERSION: 'v2',
      MAYAR_PAGE_SIZE: '50',
      MAYAR_RATE_LIMIT_PER_MINUTE: '50',
      CUSTOMERS_API_BASE_URL: 'http://127.0.0.1:4020',
      CUSTOMERS_API_KEY: 'ck',
      CUSTOMERS_PAGE_SIZE: '200',
      CUSTOMERS_RATE_LIMIT_PER_MINUTE: '600',
      UPSTREAM_TIMEOUT_MS: '2000',
      UPSTREAM_MAX_RETRIES: '0',
    });
    expect(config.mayar).toMatchObject({ baseUrl: 'https://api.mayar.club', version: 'v2', pageSize: 50, ratePerMinute: 50, timeoutMs: 2000, maxRetries: 0 });
    expect(config.customerService).toMatchObject({ baseUrl: 'http://127.0.0.1:4020', pageSize: 200, ratePerMinute: 600 });
  });

  it('names every bad variable, with its value, in one startup error', () => {
    const read = () =>
      readUpstreamConfig({
        MAYAR_API_KEY: 'mk',
        MAYAR_API_VERSION: 'v3',
        MAYAR_PAGE_SIZE: 'lots',
        CUSTOMERS_API_BASE_URL: 'ftp://cs.example',
        UPSTREAM_TIMEOUT_MS: '5',
        UPSTREAM_MAX_RETRIES: '-1',
      });
    expect(read).toThrow(ConfigurationError);
    const message = (() => {
      try {
        read();
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain('MAYAR_API_VERSION must be v1 or v2 (got "v3")');
    expect(message).toContain('MAYAR_PAGE_SIZE must be a whole number (got "lots")');
    expect(message).toContain('CUSTOMERS_API_BASE_URL must be an http(s) URL (got "ftp://cs.example")');
    expect(message).toContain('UPSTREAM_TIMEOUT_MS must be at least 100 (got "5")');
    expect(message).toContain('UPSTREAM_MAX_RETRIES must be a whole number (got "-1")');
  });

  it('never prints a key, even one that fails validation', () => {
    const secret = 'super-secret-key-value';
    try {
      readUpstreamConfig({ MAYAR_API_KEY: secret, MAYAR_PAGE_SIZE: '0' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toContain('MAYAR_PAGE_SIZE must be at least 1');
      expect((error as Error).message).not.toContain(secret);
    }
  });
});
