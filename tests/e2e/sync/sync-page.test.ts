/** The sync page in Chromium: an admin starts syncs and watches them finish; staff get a 404. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startCustomerServiceFake, type CustomerServiceFake } from '@/tests/fakes/customer-service/start-customer-service-fake';
import { startMayarFake, type MayarFake } from '@/tests/fakes/mayar/start-mayar-fake';
import { launchBrowser, signInWithBrowser } from '../../support/e2e-browser';
import { startE2eServer, type E2eServer } from '../../support/e2e-server';

let mayar: MayarFake;
let customers: CustomerServiceFake;
let server: E2eServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  // Slow pages, so the page has a running sync to show.
  mayar = await startMayarFake({ size: 1_500, seed: 61, faults: { latencyMs: 200 } });
  customers = await startCustomerServiceFake({ size: 800, seed: 62 });
  [server, browser] = await Promise.all([
    startE2eServer({
      env: {
        MAYAR_API_BASE_URL: mayar.url,
        MAYAR_API_KEY: mayar.apiKey,
        MAYAR_PAGE_SIZE: '100',
        MAYAR_RATE_LIMIT_PER_MINUTE: '0',
        CUSTOMERS_API_BASE_URL: customers.url,
        CUSTOMERS_API_KEY: customers.apiKey,
        CUSTOMERS_PAGE_SIZE: '200',
      },
    }),
    launchBrowser(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await Promise.all([mayar?.close(), customers?.close()]);
});
beforeEach(async () => {
  context = await browser.newContext({ baseURL: server.baseUrl });
  page = await context.newPage();
});
afterEach(() => context.close());

describe('the sync page', () => {
  it('starts a Mayar sync, shows it running, then its run and details', async () => {
    await signInWithBrowser(page, server.baseUrl, server.users.admin, '/sync');
    const card = page.getByTestId('sync-source-mayar');
    await card.getByText('configured').waitFor();
    await card.getByText('Never synced.').waitFor();

    await card.getByRole('button', { name: 'Full sync' }).click();
    await page.getByText('Started run #1.').waitFor();
    await card.getByTestId('sync-progress').waitFor();
    await card.getByText('succeeded').waitFor({ timeout: 60_000 });
    expect(await card.getByTestId('sync-progress').count()).toBe(0);

    const row = page.getByTestId('sync-run-row').first();
    expect(await row.textContent()).toContain('1,500');
    await row.getByRole('link', { name: '#1' }).click();
    await page.getByRole('heading', { name: 'Sync run #1' }).waitFor();
    await page.getByText('full sync', { exact: false }).first().waitFor();
    expect(await page.locator('dl').textContent()).toContain('admin@e2e.test');

    const run = await server.db.syncRun.findUniqueOrThrow({ where: { id: 1 } });
    expect(run).toMatchObject({ source: 'MAYAR', status: 'SUCCEEDED', trigger: 'api', triggeredById: server.users.admin.id, createdCount: 1_500 });
    expect(await server.db.customer.count({ where: { source: 'MAYAR' } })).toBe(1_500);
  });

  it('runs the customer service incrementally once it has a full pass to continue from', async () => {
    await signInWithBrowser(page, server.baseUrl, server.users.admin, '/sync');
    const card = page.getByTestId('sync-source-customers');
    await card.getByRole('button', { name: 'Sync changes' }).click();
    await card.getByText('succeeded').waitFor({ timeout: 60_000 });
    await card.getByText('full · started').waitFor();

    await card.getByRole('button', { name: 'Sync changes' }).click();
    await card.getByText('incremental · started').waitFor({ timeout: 60_000 });
    await card.getByText('succeeded').waitFor({ timeout: 60_000 });
    expect(await server.db.customer.count({ where: { source: 'CUSTOMER_SERVICE' } })).toBe(800);
  });

  it('is a 404 for staff', async () => {
    await signInWithBrowser(page, server.baseUrl, server.users.staff);
    const response = await page.goto(`${server.baseUrl}/sync`);
    expect(response?.status()).toBe(404);
  });
});
