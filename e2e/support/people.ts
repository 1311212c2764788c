import type { Browser, Page } from 'playwright-core';
import { newVisitor, type Visitor } from './browser';
import { csrfOf } from './forms';

/** The password of every demo account the product seeds. */
export const demoPassword = 'Gigpact-2026!';

/** Signs in through the login page the way a person does: type, then press Enter. */
export async function signIn(page: Page, username: string, password = demoPassword): Promise<void> {
  // Already on the login page (e.g. redirected there): stay, so the page still knows where to go back to.
  if (new URL(page.url()).pathname !== '/login') await page.goto('/login');
  await page.getByLabel(/用户名|User name/).fill(username);
  await page.getByLabel(/^(密码|Password)$/).fill(password);
  await page.getByLabel(/^(密码|Password)$/).press('Enter');
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('sign-out').click();
  await page.waitForURL('**/login');
}

/**
 * A new visitor signed in as `username`, on the page the product lands them on (workers: their rights page,
 * everyone else: the dashboard).
 */
export async function signedInVisitor(
  browser: Browser,
  baseUrl: string,
  username: string,
  viewport?: { width: number; height: number },
  timezoneId?: string,
): Promise<Visitor> {
  const visitor = await newVisitor(browser, baseUrl, viewport, timezoneId);
  await signIn(visitor.page, username);
  await visitor.page.waitForURL(username === 'rider' ? '**/me' : '**/dashboard');
  return visitor;
}

/**
 * Stores Chinese as the signed-in user's language, through the API: a test that switches a user to English
 * calls this whatever happens, so that the user's later tests see the language they work in.
 */
export async function restoreChinese(page: Page): Promise<void> {
  await page.request.put('/api/session/preferences', {
    headers: { 'x-csrf-token': await csrfOf(page) },
    data: { language: 'zh' },
  });
}
