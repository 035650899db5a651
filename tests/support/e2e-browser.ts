/** Debian's Chromium driven by playwright-core (Playwright's own browser download is unreachable). */
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromiumPath'),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Fills the login form; resolves once the browser has left /login. */
export async function signInWithBrowser(page: Page, baseUrl: string, user: { email: string; password: string }, callbackUrl?: string) {
  const query = callbackUrl ? `?${new URLSearchParams({ callbackUrl })}` : '';
  await page.goto(`${baseUrl}/login${query}`);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}
