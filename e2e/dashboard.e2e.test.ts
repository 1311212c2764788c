import { describe, expect, inject, it } from 'vitest';
import { newVisitor, screenshot, testBrowser } from './support/browser';
import { signIn } from './support/people';

const baseUrl = inject('baseUrl');
const browser = testBrowser();

describe('dashboard figures', () => {
  it('shows the city the union’s figures, each opening the list behind it', async () => {
    const { page, context } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'admin');
    await page.waitForURL('**/dashboard');
    const figures = page.getByTestId('dashboard-figures');
    await figures.getByText('已建会平台').waitFor();
    expect(await figures.textContent()).toMatch(/已建会平台\s*25\s*\/\s*30/);
    await screenshot(page, 'dashboard-figures-city');
    await figures.getByRole('link', { name: '生效中的协议' }).click();
    await page.waitForURL('**/agreements');
    await context.close();
  });

  it('shows a platform representative only what they may open', async () => {
    const { page, context } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'eleme');
    await page.waitForURL('**/dashboard');
    const figures = page.getByTestId('dashboard-figures');
    await figures.getByText('生效中的协议').waitFor();
    expect(await figures.getByText('已建会平台').count()).toBe(0);
    await context.close();
  });
});
