import { readUpstreamConfig, type CustomerServiceClientConfig, type MayarClientConfig } from '@/lib/upstream/config';

interface Fake {
  url: string;
  apiKey: string;
}

/** The configuration a deployment gets from its environment, with only the URL and key pointing at a fake. */
export function mayarConfig(fake: Fake, overrides: Partial<MayarClientConfig> = {}): MayarClientConfig {
  const config = readUpstreamConfig({ MAYAR_API_BASE_URL: fake.url, MAYAR_API_KEY: fake.apiKey }).mayar!;
  return { ...config, ...overrides };
}

export function serviceConfig(fake: Fake, overrides: Partial<CustomerServiceClientConfig> = {}): CustomerServiceClientConfig {
  const config = readUpstreamConfig({ CUSTOMERS_API_BASE_URL: fake.url, CUSTOMERS_API_KEY: fake.apiKey }).customerService!;
  return { ...config, ...overrides };
}

export async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(page);
  return all;
}

/** Runs a walk that must fail: the pages it delivered first, and the error it ended with. */
export async function walkToFailure<T>(pages: AsyncIterable<T>): Promise<{ pages: T[]; error: unknown }> {
  const delivered: T[] = [];
  try {
    for await (const page of pages) delivered.push(page);
  } catch (error) {
    return { pages: delivered, error };
  }
  throw new Error(`expected the walk to fail; it ended normally after ${delivered.length} pages`);
}

/** Runs a walk to its end and returns the error it failed with. */
export async function failureOf(pages: AsyncIterable<unknown> | Promise<unknown>): Promise<unknown> {
  try {
    if (pages instanceof Promise) await pages;
    else for await (const page of pages) void page;
  } catch (error) {
    return error;
  }
  throw new Error('expected the walk to fail');
}
