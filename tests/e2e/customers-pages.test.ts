/** The portal's customer pages in Chromium: the table's URL state, the detail page, groups, roles. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { insertCustomers, insertGroups, type SeededCustomer } from '../support/customer-fixtures';
import { launchBrowser, signInWithBrowser } from '../support/e2e-browser';
import { startE2eServer, type E2eServer } from '../support/e2e-server';

let server: E2eServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let customers: SeededCustomer[];

beforeAll(async () => {
  [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
  await insertGroups(server.db, ['VIP']);
  customers = await insertCustomers(
    server.db,
    Array.from({ length: 30 }, (_, index) => ({
      username: `user${String(index).padStart(2, '0')}`,
      firstName: index % 2 ? 'Budi' : 'Citra',
      lastName: `Santoso ${index}`,
      email: `user${index}@example.com`,
      deletedAt: index === 29 ? new Date('2024-01-01T00:00:00Z') : null,
    })),
  );
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});
beforeEach(async () => {
  context = await browser.newContext({ baseURL: server.baseUrl });
  page = await context.newPage();
});
afterEach(() => context.close());

const rowIds = async () => (await page.locator('tbody tr td:nth-child(2)').allTextContents()).map(Number);
const urlParam = (name: string) => new URL(page.url()).searchParams.get(name);

describe('the customer table', () => {
  it('pages, searches from the first page again, and sorts by a column header', async () => {
    await signInWithBrowser(page, server.baseUrl, server.users.admin, '/customers');
    await page.getByText('1–10 of 29').waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForURL((url) => url.searchParams.get('offset') === '10');
    await page.getByText('11–20 of 29').waitFor();

    await page.getByLabel('Search customers').fill('budi');
    await page.waitForURL((url) => url.searchParams.get('search') === 'budi');
    expect(urlParam('offset')).toBeNull();
    await page.getByText('1–10 of 14').waitFor();

    await page.getByRole('button', { name: /^Username, not sorted/ }).click();
    await page.waitForURL((url) => url.searchParams.get('ordering') === 'username');
    await page.getByRole('button', { name: /^Username, ascending/ }).click();
    await page.waitForURL((url) => url.searchParams.get('ordering') === '-username');
    // The header follows the URL at once; the rows once the server has answered.
    await page.locator('tbody tr').first().getByText('user27', { exact: true }).waitFor();
    expect((await rowIds()).slice(0, 2)).toEqual([customers[27]!.id, customers[25]!.id]);
  });

  it('adds the selected rows to a group, which the group filter then finds', async () => {
    await signInWithBrowser(page, server.baseUrl, server.users.admin, '/customers?search=citra&limit=10');
    await page.getByRole('checkbox', { name: `Select customer ${customers[0]!.id}`, exact: true }).check();
    await page.getByRole('checkbox', { name: `Select customer ${customers[2]!.id}`, exact: true }).check();
    await page.getByText('2 selected').waitFor();
    await page.getByRole('combobox', { name: 'Group to add the selected customers to' }).click();
    await page.getByRole('option', { name: 'VIP' }).click();
    await page.getByRole('button', { name: 'Add to group' }).click();
    await page.getByText('Added 2 customers to the group.').waitFor();
    await page.goto('/customers?groups_in=1');
    await page.getByText('1–2 of 2').waitFor();
    expect(await rowIds()).toEqual([customers[0]!.id, customers[2]!.id]);
  });
});

describe('roles', () => {
  it('shows staff the table without selection, the detail page, and 404 for admin-only pages and deleted customers', async () => {
    await signInWithBrowser(page, server.baseUrl, server.users.staff, '/customers');
    await page.getByText('1–10 of 29').waitFor();
    expect(await page.getByRole('checkbox').count()).toBe(0);
    await page.getByRole('link', { name: 'Citra Santoso 0' }).click();
    await page.getByRole('heading', { name: 'Citra Santoso 0' }).waitFor();
    for (const path of ['/filters', '/customers/groups', `/customers/${customers[29]!.id}`]) {
      expect({ path, status: (await page.goto(path))?.status() }).toEqual({ path, status: 404 });
    }
  });

  it('shows admins every parameter on /filters, with the parser’s messages next to the fields', async () => {
    await signInWithBrowser(page, server.baseUrl, server.users.admin, '/filters?has_email=perhaps&id_min=ten');
    await page.getByText('Must be a valid boolean.').waitFor();
    await page.getByText('Enter a number.').waitFor();
    await page.getByLabel(/^Id from/).fill('3');
    await page.getByRole('combobox', { name: /^Email/ }).click();
    await page.getByRole('option', { name: 'Has email' }).click();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => url.searchParams.get('id_min') === '3' && url.searchParams.get('has_email') === 'true');
    await page.getByText('1–10 of 27').waitFor();
    expect(await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).toBe('/api/customers/export.csv?has_email=true&id_min=3');
  });
});
