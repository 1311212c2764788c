import { describe, expect, inject, it } from 'vitest';
import { moduleNames, type ProductModule } from '@gigpact/contracts';
import { newVisitor, phone, screenshot, testBrowser } from './support/browser';
import { signIn } from './support/people';

const baseUrl = inject('baseUrl');
const browser = testBrowser();

describe('navigation by role', () => {
  it('shows a district officer only the modules the server lists for them', async () => {
    const { page, context } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'qingpu');
    await page.waitForURL('**/dashboard');
    await page.getByTestId('module-nav').getByText('工作台').waitFor();

    const session = (await (await page.request.get('/api/session')).json()) as {
      user: { modules: ProductModule[] };
    };
    const listed = session.user.modules.map((module) => moduleNames[module].zh);
    const shown = await page.getByTestId('module-nav').getByRole('menuitem').allInnerTexts();
    expect(shown.length).toBeGreaterThan(0);
    for (const item of shown) expect(listed).toContain(item.trim());
    expect(shown.map((item) => item.trim())).not.toContain('系统管理');
    await page.getByText('青浦区').first().waitFor();

    // The administration pages are refused, not merely hidden.
    await page.goto('/admin');
    await page.getByText('无权访问').waitFor();
    await screenshot(page, 'forbidden-district-officer');
    await context.close();
  });

  it('brings a worker straight to their own page, also on a phone', async () => {
    const { page, context } = await newVisitor(browser(), baseUrl, phone);
    await signIn(page, 'rider');
    await page.waitForURL('**/me');
    await page.getByTestId('me-title').getByText('我的权益').waitFor();
    await page.getByTestId('me-facts').getByText('劳动者').waitFor();
    // The agreements in force that protect them, each opening its clauses in words.
    const agreements = page.getByTestId('me-agreements');
    await agreements.getByText('网约配送 · 2025-05-01 起生效').waitFor();
    await screenshot(page, 'me-worker-phone');
    await agreements.getByText('2025年度饿了么（上海）网约配送算法与劳动规则协议').click();
    // In the worker's own pages, in words: each clause's title and text, no rule codes or formulas.
    await page.waitForURL('**/me/agreements/eleme-shanghai-2025');
    const clauses = page.getByTestId('me-agreement-clauses');
    await clauses.getByText('超时免罚').first().waitFor();
    await clauses.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    expect(await clauses.textContent()).not.toMatch(/fd\.[a-z_]+|coalesce|==/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await screenshot(page, 'me-agreement-phone');
    await page.goto('/dashboard');
    await page.getByText('无权访问').waitFor();
    await context.close();
  });

  it('answers an unknown address with the not-found page', async () => {
    const { page, context } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'mediator');
    await page.waitForURL('**/dashboard');
    await page.goto('/no-such-page');
    await page.getByText('页面不存在', { exact: true }).waitFor();
    await page.getByRole('button', { name: '返回首页' }).click();
    await page.waitForURL('**/dashboard');
    await context.close();
  });

  it('sends a visitor who is not signed in to the login page and back to where they were going', async () => {
    const { page, context } = await newVisitor(browser(), baseUrl);
    await page.goto('/admin/audit');
    await page.waitForURL('**/login');
    await signIn(page, 'admin');
    await page.waitForURL('**/admin/audit');
    await context.close();
  });

  it('sends the user to the login page when the session ends elsewhere', async () => {
    const { page, context } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'admin');
    await page.getByTestId('module-nav').getByText('系统管理').click();
    await page.getByTestId('users-table').getByText('qingpu').waitFor();

    // The same session is closed by another tab of this browser (same cookie).
    const { csrfToken } = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
    const closed = await page.request.delete('/api/session', { headers: { 'x-csrf-token': csrfToken } });
    expect(closed.status()).toBe(204);

    await page.getByRole('tab', { name: '审计日志' }).click();
    await page.waitForURL('**/login');
    await page.getByRole('heading', { name: '登录' }).waitFor();
    await context.close();
  });
});
