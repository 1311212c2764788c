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
    await page.getByText('rh.commission_cap').waitFor();
    await screenshot(page, 'public-agreement-phone');
    const draft = await page.request.get('/api/public/agreements/no-such-agreement');
    expect(draft.status()).toBe(404);
    expect(outsideRequests).toEqual([]);
    await context.close();
  });
});
