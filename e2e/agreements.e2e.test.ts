import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newVisitor, phone, screenshot, testBrowser } from './support/browser';
import { signIn } from './support/people';

const baseUrl = inject('baseUrl');
const browser = testBrowser();

describe('agreements', () => {
  it('a district officer reads an agreement clause by clause, records an amendment and compares the versions', async () => {
    const { page, context, outsideRequests } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'qingpu');
    await page.getByTestId('module-nav').getByText('算法协议').click();
    await page.waitForURL('**/agreements');
    await page.getByText('2025年度饿了么（上海）网约配送算法与劳动规则协议').click();
    await page.waitForURL('**/agreements/eleme-shanghai-2025');
    await page.getByText('超时免罚').first().waitFor();
    await page.getByText('fd.min_hourly_pay').waitFor();
    await screenshot(page, 'agreements-detail-clauses');

    // An amendment: the merchant grace period shortened from 5 to 3 minutes.
    await page.getByRole('tab', { name: '提交新版本' }).click();
    const source = page.getByLabel('协议文本（YAML）');
    const text = await source.inputValue();
    expect(text).toContain('merchant_grace_minutes: 5');
    await source.fill(text.replace('merchant_grace_minutes: 5', 'merchant_grace_minutes: 3'));
    await page.getByLabel('修订说明').fill('出餐宽限缩短为 3 分钟');
    await page.getByRole('button', { name: '保存为新版本' }).click();
    await page.waitForURL('**/agreements/eleme-shanghai-2025/history');
    await page.getByText('出餐宽限缩短为 3 分钟').waitFor();
    await page.getByText('修改条款').first().waitFor();
    expect(await page.getByText('修订后 (#2)').count()).toBe(1);
    await screenshot(page, 'agreements-history-diff');

    // A broken amendment is refused with the place of the problem.
    await page.getByRole('tab', { name: '提交新版本' }).click();
    await page
      .getByLabel('协议文本（YAML）')
      .fill(text.replace('rule: fd.min_hourly_pay', 'rule: fd.no_such_rule'));
    await page.getByRole('button', { name: '保存为新版本' }).click();
    const problems = page.getByTestId('agreement-problems');
    await problems.waitFor();
    expect(await problems.textContent()).toMatch(/第 \d+ 行/);
    await screenshot(page, 'agreements-problem');
    expect(outsideRequests).toEqual([]);
    await context.close();
  });

  it('shows a platform representative the brand agreement with the franchisee agreement under it, read-only', async () => {
    const { page, context } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'eleme');
    await page.getByTestId('module-nav').getByText('算法协议').click();
    await page.waitForURL('**/agreements');
    await page.getByText('极兔速递青浦加盟网点2025年二次协商协议', { exact: false }).first().waitFor();
    expect(await page.getByRole('button', { name: '登记新协议' }).count()).toBe(0);
    await screenshot(page, 'agreements-list');
    await context.close();
  });

  it('lets anyone read the agreements in force on a phone, without an account', async () => {
    const { page, context, outsideRequests } = await newVisitor(browser(), baseUrl, phone);
    await page.goto('/login');
    await page.getByRole('link', { name: '公众可查看已公开的算法与劳动规则协议' }).click();
    await page.waitForURL('**/public/agreements');
    await page.getByText('2025年网约车平台抽成与算法规则协议（示例）').click();
    await page.waitForURL('**/public/agreements/ride-hailing-shanghai-2025');
    await page.getByText('rh.commission_cap').first().waitFor();
    // Each checked clause says in words what its rule checks, with the agreement's parameters.
    const explanations = page.getByTestId('clause-explanation');
    await explanations.first().waitFor();
    expect(await explanations.count()).toBeGreaterThan(0);
    expect(await explanations.allTextContents()).toContainEqual(
      expect.stringMatching(/规则检查什么：规则 rh\.commission_cap「.+」检查.+参数：/),
    );
    await expectNoSidewaysScrolling(page);
    await screenshot(page, 'public-agreement-phone');
    await page.getByTestId('clauses-list').getByTestId('clause-explanation').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'public-agreement-phone-explanation');

    // In English, the same words in English, with English punctuation.
    await page.getByTestId('language-switch').click();
    await page.getByText('What the rule checks: Rule rh.commission_cap', { exact: false }).first().waitFor();
    const english = (await explanations.allTextContents()).join(' ');
    expect(english).not.toMatch(/[：（）、，]/);
    await expectNoSidewaysScrolling(page);
    const draft = await page.request.get('/api/public/agreements/no-such-agreement');
    expect(draft.status()).toBe(404);
    expect(outsideRequests).toEqual([]);
    await context.close();
  });

  it('shows anyone the standard rule library in words on a phone, from the login page', async () => {
    const { page, context, outsideRequests } = await newVisitor(browser(), baseUrl, phone);
    await page.goto('/login');
    await page.getByRole('link', { name: '标准规则库：每条规则检查什么' }).click();
    await page.waitForURL('**/public/rules');
    await page.getByRole('heading', { name: '标准规则库' }).waitFor();
    const rules = page.getByTestId('library-rule');
    await rules.first().waitFor();
    const count = (await page.getByTestId('rules-count').textContent())?.match(/\d+/)?.[0];
    expect(await rules.count()).toBe(Number(count));
    const minPay = rules.filter({ hasText: 'fd.min_hourly_pay' });
    expect(await minPay.getByTestId('rule-explanation').textContent()).toMatch(
      /^规则 fd\.min_hourly_pay「.+」检查.+时记为未遵守。/,
    );
    await page.getByRole('heading', { name: '网约配送' }).waitFor();
    await expectNoSidewaysScrolling(page);
    await screenshot(page, 'public-rules-phone');

    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { name: 'The standard rule library' }).waitFor();
    expect(await minPay.getByTestId('rule-explanation').textContent()).toMatch(
      /^Rule fd\.min_hourly_pay ".+" checks .+It is a breach when/,
    );
    await expectNoSidewaysScrolling(page);
    await screenshot(page, 'public-rules-phone-en');

    // From the rules back to the agreements that use them.
    await page.getByRole('link', { name: 'Published agreements' }).click();
    await page.waitForURL('**/public/agreements');
    await page.getByRole('link', { name: 'The standard rule library: what each rule checks' }).waitFor();
    expect(outsideRequests).toEqual([]);
    await context.close();
  });
});

/** The page is no wider than the screen: nothing to scroll sideways to. */
async function expectNoSidewaysScrolling(page: Page): Promise<void> {
  const widths = await page.evaluate<{ page: number; screen: number }>(
    '({ page: document.documentElement.scrollWidth, screen: window.innerWidth })',
  );
  expect(widths.page).toBeLessThanOrEqual(widths.screen);
}
