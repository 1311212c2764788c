import { describe, expect, inject, it } from 'vitest';
import { newVisitor, screenshot, testBrowser } from './support/browser';
import type { Page } from 'playwright-core';
import { restoreChinese, signIn, signOut } from './support/people';

const baseUrl = inject('baseUrl');
const browser = testBrowser();

describe('the language switch', () => {
  it('turns the page English, and the choice follows the user across reloads and sign-ins', async () => {
    const { page, context, outsideRequests } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'admin');
    // The signed-in page whose user's language is restored, whatever happens (other tests sign in as admin).
    let signedIn: Page | undefined = page;
    try {
      await page.getByTestId('welcome').getByText('您好').waitFor();

      await page.getByTestId('language-switch').click();
      await page.getByTestId('welcome').getByText('Welcome, ').waitFor();
      await page.getByTestId('module-nav').getByText('Administration').waitFor();
      expect(await page.evaluate<string>('document.documentElement.lang')).toBe('en');
      await screenshot(page, 'dashboard-admin-en');

      await page.reload();
      await page.getByTestId('welcome').getByText('Welcome, ').waitFor();
      await page.getByTestId('module-nav').getByText('Dashboard').waitFor();

      // Signed out, the login page keeps the language this browser last used.
      signedIn = undefined;
      await signOut(page);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();

      // A new browser knows nothing yet (Chinese); signing in brings the user's stored preference.
      const fresh = await newVisitor(browser(), baseUrl);
      await fresh.page.goto('/login');
      await fresh.page.getByRole('heading', { name: '登录' }).waitFor();
      await signIn(fresh.page, 'admin');
      signedIn = fresh.page;
      await fresh.page.getByTestId('welcome').getByText('Welcome, ').waitFor();
      await fresh.page.getByTestId('system-facts').getByText('Embedded database (PGlite)').waitFor();

      // Back to Chinese, stored for the next sign-in as well.
      await fresh.page.getByTestId('language-switch').click();
      await fresh.page.getByTestId('welcome').getByText('您好').waitFor();
      // The page turns at once; the choice is stored by a request that may still be on its way.
      const storedLanguage = async () =>
        ((await (await fresh.page.request.get('/api/session')).json()) as { user: { language: string } }).user
          .language;
      await expect.poll(storedLanguage).toBe('zh');
      signedIn = undefined;

      expect([...outsideRequests, ...fresh.outsideRequests]).toEqual([]);
      await fresh.context.close();
      await context.close();
    } finally {
      if (signedIn) await restoreChinese(signedIn);
    }
  });

  it('switches the login page before anyone signs in', async () => {
    const { page, context } = await newVisitor(browser(), baseUrl);
    await page.goto('/login');
    await page.getByRole('heading', { name: '登录' }).waitFor();
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByLabel('User name').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await screenshot(page, 'login-desktop-en');
    await context.close();
  });
});
