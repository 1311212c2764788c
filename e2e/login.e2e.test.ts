import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { desktop, newVisitor, phone, repoRoot, screenshot, testBrowser } from './support/browser';
import { demoPassword, signIn } from './support/people';

const baseUrl = inject('baseUrl');
// Runs in the page: which kind of field has the keyboard focus.
const focusedAutocomplete = "document.activeElement?.getAttribute('autocomplete') ?? null";
const browser = testBrowser();

describe('signing in', () => {
  it('shows the Chinese login page and brings the administrator to the dashboard', async () => {
    const { page, context, outsideRequests } = await newVisitor(browser(), baseUrl);
    await page.goto('/');
    await page.waitForURL('**/login');
    await page.getByRole('heading', { name: '登录' }).waitFor();
    await page.getByText('算法协商与劳动权益保障平台').first().waitFor();
    await screenshot(page, 'login-desktop-zh');

    await signIn(page, 'admin');
    await page.waitForURL('**/dashboard');
    await page.getByTestId('welcome').getByText('您好，市总工会管理员').waitFor();
    await page.getByTestId('system-facts').getByText('内嵌数据库（PGlite）').waitFor();
    const navigation = page.getByTestId('module-nav');
    await navigation.getByText('工作台').waitFor();
    await navigation.getByText('系统管理').waitFor();
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('zh-CN');
    await screenshot(page, 'dashboard-admin-zh');
    expect(outsideRequests).toEqual([]);
    await context.close();
  });

  it('leads a visitor without an account to the public scorecards', async () => {
    const { page, context, outsideRequests } = await newVisitor(browser(), baseUrl);
    await page.goto('/login');
    await page.getByRole('link', { name: '平台评分卡：各平台守约情况，公开可查' }).click();
    await page.waitForURL('**/public/scorecards');
    await page.getByTestId('scorecard-eleme').waitFor({ timeout: 60_000 });
    await screenshot(page, 'login-to-public-scorecards');
    expect(outsideRequests).toEqual([]);
    await context.close();
  });

  it('shows a wrong password as an error in both languages and stays on the login page', async () => {
    const { page, context } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'mediator', 'not-the-password');
    const error = page.getByTestId('login-error');
    await error.getByText('用户名或密码错误').waitFor();
    await error.getByText('Wrong user name or password').waitFor();
    expect(page.url()).toMatch(/\/login$/);
    await screenshot(page, 'login-wrong-password');

    // The error goes once the right password is given.
    await page.getByLabel('密码').fill(demoPassword);
    await page.getByRole('button', { name: /登\s?录/ }).click();
    await page.waitForURL('**/dashboard');
    await context.close();
  });

  it('can be used with the keyboard alone', async () => {
    const { page, context } = await newVisitor(browser(), baseUrl);
    await page.goto('/login');
    await page.getByLabel('用户名').waitFor();
    // The user name field has the focus on arrival; Tab moves on to the password.
    expect(await page.evaluate<string | null>(focusedAutocomplete)).toBe('username');
    await page.keyboard.type('qingpu');
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string | null>(focusedAutocomplete)).toBe('current-password');
    await page.keyboard.type(demoPassword);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/dashboard');
    await context.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const { page, context } = await newVisitor(browser(), baseUrl, phone);
    await page.goto('/login');
    await page.getByRole('heading', { name: '登录' }).waitFor();
    const widths = await page.evaluate<{ page: number; screen: number }>(
      '({ page: document.documentElement.scrollWidth, screen: window.innerWidth })',
    );
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    const submit = await page.getByRole('button', { name: /登\s?录/ }).boundingBox();
    expect(submit && submit.y + submit.height).toBeLessThanOrEqual(phone.height);
    await screenshot(page, 'login-phone-zh');
    await context.close();
  });

  it('keeps the first load of the login page under 500 KB compressed', async () => {
    const { page, context } = await newVisitor(browser(), baseUrl, desktop);
    const assets: string[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.startsWith('/assets/')) assets.push(url.pathname);
    });
    await page.goto('/login');
    await page.getByRole('heading', { name: '登录' }).waitFor();
    await page.waitForLoadState('networkidle');
    const dist = path.join(repoRoot, 'packages/web/dist');
    const files = assets.map((asset) => readFileSync(path.join(dist, asset)));
    const gzippedBytes = files.map((file) => gzipSync(file).length).reduce((sum, size) => sum + size, 0);
    // React's development build (3 times slower, 60 % larger) must never be what users get.
    const developmentOnlyText = 'is deprecated in plain JavaScript React classes';
    expect(files.some((file) => file.includes(developmentOnlyText))).toBe(false);
    console.log(
      `login page first load: ${assets.length} files, ${Math.round(gzippedBytes / 1024)} KB gzipped`,
    );
    expect(assets.length).toBeGreaterThan(1);
    expect(gzippedBytes).toBeLessThan(500 * 1024);
    // ECharts belongs to chart pages only.
    expect(assets.filter((asset) => asset.includes('echarts'))).toEqual([]);
    await context.close();
  });

  it('keeps a signed-in user’s first load of the shell and the dashboard under 500 KB compressed', async () => {
    // Signed in elsewhere; this browser has the session and an empty cache, as on the next morning.
    const signed = await newVisitor(browser(), baseUrl, desktop);
    await signIn(signed.page, 'admin');
    await signed.page.waitForURL('**/dashboard');
    const cookies = await signed.context.cookies();
    await signed.context.close();
    const { page, context, outsideRequests } = await newVisitor(browser(), baseUrl, desktop);
    await context.addCookies(cookies);
    // The moment the dashboard is shown: its figures are in the page.
    await page.addInitScript(`
      new MutationObserver((_, observer) => {
        if (!document.querySelector('[data-testid="dashboard-figures"] .ant-statistic')) return;
        window.__dashboardShownAt = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    `);
    await page.goto('/dashboard');
    await page.getByTestId('welcome').getByText('您好，市总工会管理员').waitFor();
    await page.getByTestId('dashboard-figures').getByText('生效中的协议').waitFor();
    await page.getByTestId('dashboard-coverage').getByTestId('coverage-map').waitFor();
    await page.waitForLoadState('networkidle');
    const fetched = await page.evaluate<{ name: string; at: number }[]>(`
      performance.getEntriesByType('resource').map((entry) => ({ name: entry.name, at: entry.startTime }))
    `);
    const shownAt = await page.evaluate<number>('window.__dashboardShownAt');
    expect(shownAt).toBeGreaterThan(0);
    const assetsOf = (entries: { name: string }[]) =>
      entries.map((entry) => new URL(entry.name).pathname).filter((name) => name.startsWith('/assets/'));
    const firstLoad = assetsOf(fetched.filter((entry) => entry.at <= shownAt));
    // Whatever the timing says, the scripts and styles the document itself names are part of the first load.
    const html = await (await page.request.get('/dashboard')).text();
    const linked = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]!);
    const assets = [...new Set([...linked, ...firstLoad])];
    const dist = path.join(repoRoot, 'packages/web/dist');
    const gzippedBytes = assets
      .map((asset) => gzipSync(readFileSync(path.join(dist, asset))).length)
      .reduce((sum, size) => sum + size, 0);
    console.log(
      `dashboard first load: ${assets.length} files, ${Math.round(gzippedBytes / 1024)} KB gzipped`,
    );
    expect(assets.some((asset) => asset.includes('DashboardPage'))).toBe(true);
    expect(gzippedBytes).toBeLessThan(500 * 1024);
    // The charts' ECharts comes after the dashboard is shown, not as part of its first load.
    expect(assets.filter((asset) => asset.includes('echarts'))).toEqual([]);
    expect(assetsOf(fetched).some((asset) => asset.includes('echarts'))).toBe(true);
    expect(outsideRequests).toEqual([]);
    await context.close();
  });
});
