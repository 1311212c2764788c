import { describe, expect, inject, it } from 'vitest';
import { newVisitor, phone, screenshot, testBrowser } from './support/browser';
import { signIn } from './support/people';

const baseUrl = inject('baseUrl');
const browser = testBrowser();

describe('governance', () => {
  it('an officer evaluates the Ele.me agreement with intervals, reads the inferred algorithm and compares a sandbox scenario', async () => {
    const { page, context, outsideRequests } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'admin');
    await page.getByTestId('module-nav').getByText('治理评估').click();
    await page.waitForURL('**/governance**');

    // Before/after: the demo agreement takes effect inside the demo data, so both sides have data.
    const table = page.getByTestId('evaluation-table');
    await table.waitFor({ timeout: 90_000 });
    await page.getByText('生效日期 2025-05-01').waitFor();
    const fines = page.getByTestId('metric-late_money_penalty_rate');
    expect(await fines.textContent()).toContain('超时订单被罚款的比例');
    const row = table.locator('tr', { has: fines });
    // Each estimate carries its interval: “12.3% [10.1%, 14.2%]”.
    expect(await row.textContent()).toMatch(/\d+\.\d%\s*\[-?\d+\.\d%, -?\d+\.\d%\]/);
    await page.getByText('对照组：协议未覆盖的同行业平台').waitFor();
    await fines.click();
    await page.getByTestId('before-after-chart').waitFor();
    await page.getByTestId('trend-chart').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(300);
    await screenshot(page, 'governance-before-after');
    await page.getByTestId('metric-charts').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await screenshot(page, 'governance-before-after-charts');

    // Inference: the fitted delivery-time function and the 15 km/h line.
    await page.getByRole('tab', { name: '算法推断' }).click();
    await page.waitForURL('**/governance/inference');
    const fit = page.getByTestId('time-fit');
    await fit.waitFor({ timeout: 60_000 });
    expect(await fit.textContent()).toMatch(/隐含骑行速度 \d+\.\d\d 公里\/小时/);
    await page.getByTestId('scatter-chart').waitFor();
    await page.getByTestId('pay-chart').waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'governance-inference');

    // Sandbox: raise the hourly minimum to 30 CNY, propose a time formula, run, and compare beside the agreement
    // as it stands.
    await page.getByRole('tab', { name: '协商沙盘' }).click();
    await page.waitForURL('**/governance/sandbox');
    await page.getByTestId('scenario-name').fill('小时最低收入30元');
    const minimum = page.getByTestId('param-c05.min_hourly');
    await minimum.waitFor();
    await minimum.fill('30');
    // And a proposed promise of 12 minutes + 5 minutes per km.
    await page.getByText('提议的时间公式').click();
    await page.getByTestId('run-scenario').click();
    const comparison = page.getByTestId('scenario-comparison');
    await comparison.waitFor({ timeout: 90_000 });
    const minimumRow = comparison.locator('tr', { hasText: '小时最低标准（元）' });
    expect((await minimumRow.textContent())?.replace(/\s+/g, '')).toContain('小时最低标准（元）2530');
    await comparison.getByText('现行协议').first().waitFor();
    const below = comparison.locator('tr', { hasText: '给予时间低于提议公式的订单' });
    expect((await below.textContent())?.replace(/\s+/g, '')).toMatch(/给予时间低于提议公式的订单—\d+/);
    await page.getByTestId('scenario-list').getByText('已完成').first().waitFor();
    await comparison.scrollIntoViewIfNeeded();
    await screenshot(page, 'governance-sandbox-compare');
    expect(outsideRequests).toEqual([]);
    await context.close();
  });

  it('an anonymous visitor reads the public scorecards on a phone', async () => {
    const { page, context, outsideRequests } = await newVisitor(browser(), baseUrl, phone);
    await page.goto('/public/scorecards');
    const card = page.getByTestId('scorecard-eleme');
    await card.waitFor({ timeout: 60_000 });
    expect(await card.textContent()).toMatch(/\d+ \/ 10 分/);
    await card.getByText('公平报酬').waitFor();
    await card.getByText('门槛').first().waitFor();
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await screenshot(page, 'governance-public-scorecards-phone');
    // The same card in English.
    await page.getByRole('button', { name: /English/ }).click();
    await card.getByText('Fair pay').waitFor();
    expect(await card.textContent()).toMatch(/\d+ \/ 10 points/);
    await screenshot(page, 'governance-public-scorecards-phone-en');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    expect(outsideRequests).toEqual([]);
    await context.close();
  });
});
