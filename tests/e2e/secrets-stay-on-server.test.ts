/**
 * Upstream keys and the session secret never reach a browser: an admin walks every page while the
 * server holds recognisable keys — one upstream syncing fine, the other rejecting its key, so
 * error paths are shown too — and nothing the browser receives (HTML, RSC payloads, scripts,
 * styles, JSON) contains them. The client bundles on disk carry no upstream client code either.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startCustomerServiceFake, type CustomerServiceFake } from '@/tests/fakes/customer-service/start-customer-service-fake';
import { startMayarFake, type MayarFake } from '@/tests/fakes/mayar/start-mayar-fake';
import { launchBrowser, signInWithBrowser } from '../support/e2e-browser';
import { startE2eServer, type E2eServer } from '../support/e2e-server';
import { signInOverHttp } from '../support/e2e-session';
import { ROUTES } from '../support/route-table';

const SECRETS = {
  mayarKey: 'mayar-key-SENTINEL-7f3a9c',
  customersKey: 'customers-key-SENTINEL-2b81de',
  sessionSecret: 'session-secret-SENTINEL-5c0e44',
};

let mayar: MayarFake;
let customers: CustomerServiceFake;
let server: E2eServer;
let browser: Browser;
const received: { url: string; body: string }[] = [];

function recordResponses(page: Page) {
  page.on('response', async (response) => {
    try {
      received.push({ url: response.url(), body: (await response.body()).toString('utf8') });
    } catch {
      // Redirects and aborted requests have no body to read.
    }
  });
}

function leaksIn(body: string): string[] {
  return Object.values(SECRETS).filter((secret) => body.includes(secret));
}

beforeAll(async () => {
  // Mayar expects another key than the server sends, so its sync fails with a 401 on show.
  mayar = await startMayarFake({ size: 50, seed: 71, apiKey: 'the-key-mayar-expects' });
  customers = await startCustomerServiceFake({ size: 50, seed: 72, apiKey: SECRETS.customersKey });
  server = await startE2eServer({
    env: {
      MAYAR_API_BASE_URL: mayar.url,
      MAYAR_API_KEY: SECRETS.mayarKey,
      MAYAR_RATE_LIMIT_PER_MINUTE: '0',
      UPSTREAM_MAX_RETRIES: '0',
      CUSTOMERS_API_BASE_URL: customers.url,
      CUSTOMERS_API_KEY: SECRETS.customersKey,
      NEXTAUTH_SECRET: SECRETS.sessionSecret,
    },
  });
  browser = await launchBrowser();

  const { cookie } = await signInOverHttp(server.baseUrl, server.users.admin.email, server.users.admin.password);
  for (const source of ['mayar', 'customers']) {
    const response = await fetch(`${server.baseUrl}/api/sync`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ source, mode: 'full' }),
    });
    if (response.status !== 202) throw new Error(`POST /api/sync ${source} answered ${response.status}`);
  }
  const deadline = Date.now() + 30_000;
  while ((await server.db.syncRun.count({ where: { status: { not: 'RUNNING' } } })) < 2) {
    if (Date.now() > deadline) throw new Error(`the syncs did not finish:\n${server.logs()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await Promise.all([mayar?.close(), customers?.close()]);
});

describe('secrets stay on the server', () => {
  it('the failed sync is on record, so its error path is among what the browser sees', async () => {
    const runs = await server.db.syncRun.findMany({ orderBy: { id: 'asc' } });
    expect(runs.map((run) => [run.source, run.status])).toEqual([
      ['MAYAR', 'FAILED'],
      ['CUSTOMER_SERVICE', 'SUCCEEDED'],
    ]);
    expect(runs[0]!.error).toMatch(/401|unauthori[sz]ed|rejected/i);
  });

  it('appear in nothing the browser receives on any page, signed out or as an admin', async () => {
    const context = await browser.newContext({ baseURL: server.baseUrl });
    const page = await context.newPage();
    recordResponses(page);
    await page.goto('/login');
    await signInWithBrowser(page, server.baseUrl, server.users.admin);
    const customer = await server.db.customer.findFirstOrThrow();
    const paths = new Set([
      ...ROUTES.filter((route) => route.method === 'GET' && route.expect.admin.status === 200)
        .map((route) => route.path)
        // A download, not a page: the browser would not render it.
        .filter((url) => !url.endsWith('.csv')),
      `/customers/${customer.id}`,
      '/sync/runs/1',
      '/sync/runs/2',
      '/api/sync/runs',
      '/api/sync/runs/1',
    ]);
    for (const url of paths) {
      await page.goto(url);
      await page.waitForLoadState('networkidle');
    }
    await context.close();

    const scripts = received.filter((response) => response.url.includes('/_next/static/'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(received.length).toBeGreaterThan(paths.size);
    // The bodies were read as text: what the pages do show (the admin's own email) is found.
    expect(received.some((response) => response.body.includes(server.users.admin.email))).toBe(true);
    const leaks = received.flatMap((response) => leaksIn(response.body).map((secret) => `${secret} in ${response.url}`));
    expect(leaks).toEqual([]);
  });

  it('no client bundle contains upstream client code', () => {
    const staticDir = path.join(inject('e2eDistDir'), 'static');
    const files = readdirSync(staticDir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(js|css)$/.test(file));
    expect(files.length).toBeGreaterThan(0);
    // Strings only the server-only upstream modules contain.
    const markers = ['/hl/v1/customer', '/hl/v2/customers', 'Bearer ${', 'MAYAR_API_KEY', 'CUSTOMERS_API_KEY'];
    const found = files.flatMap((file) => {
      const text = readFileSync(path.join(staticDir, file), 'utf8');
      return markers.filter((marker) => text.includes(marker)).map((marker) => `${marker} in ${file}`);
    });
    expect(found).toEqual([]);
  });
});
