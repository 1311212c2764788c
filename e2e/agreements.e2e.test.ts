import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newVisitor, phone, screenshot, testBrowser } from './support/browser';
import { chooseOption, pickIn } from './support/forms';
import { signIn } from './support/people';

const baseUrl = inject('baseUrl');
const browser = testBrowser();

describe('agreements', () => {
  it('a district officer reads an agreement clause by clause, records an amendment and compares the versions', async () => {
    const { page, context, outsideRequests } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'qingpu');
    await page.getByTestId('module-nav').getByText('算法协议').click();
    await page.waitForURL('**/agreements');
    // A signed agreement whose effective date has passed is pointed out: it waits to be marked in force.
    const list = page.getByTestId('agreement-list');
    const franchisee = list.locator('tr', { hasText: '极兔速递青浦加盟网点2025年二次协商协议' });
    await franchisee.getByTestId('in-force-hint').getByText('已过生效日期，待设为生效').waitFor();
    await franchisee.getByTestId('in-force-hint').hover();
    await page
      .getByRole('tooltip')
      .getByText(/生效日期 2025-09-01 已到，协议仍为“已签订”/)
      .waitFor();
    expect(
      await list.locator('tr', { hasText: '2025年度饿了么（上海）' }).getByTestId('in-force-hint').count(),
    ).toBe(0);
    await screenshot(page, 'agreements-list-past-effective-date');
    await page.getByText('2025年度饿了么（上海）网约配送算法与劳动规则协议').click();
    await page.waitForURL('**/agreements/eleme-shanghai-2025');
    await page.getByText('超时免罚').first().waitFor();
    await page.getByText('fd.min_hourly_pay').waitFor();
    // The platform by name, a value set at the table as such, and a cited source explained when pointed at.
    await expect.poll(() => page.getByTestId('agreement-coverage').innerText()).toBe('淘宝闪购（饿了么）');
    await page.getByTestId('source-tag').filter({ hasText: '协商确定' }).first().waitFor();
    await page.getByTestId('source-tag').filter({ hasText: /^S16$/ }).first().hover();
    await page.getByRole('tooltip').filter({ hasText: '美团广西试点' }).waitFor();
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

    // A file saved by Chinese Windows (GB18030) is read as such and said so; a broken amendment is refused with
    // the place of the problem.
    await page.getByRole('tab', { name: '提交新版本' }).click();
    const broken = text.replace('rule: fd.min_hourly_pay', 'rule: fd.no_such_rule');
    await page.locator('input[type=file]').setInputFiles({
      name: '饿了么协议.yaml',
      mimeType: 'application/x-yaml',
      buffer: iconv.encode(broken, 'gb18030'),
    });
    await page.getByText('饿了么协议.yaml 按 GB18030（GBK）编码读入').waitFor();
    expect(await page.getByLabel('协议文本（YAML）').inputValue()).toBe(broken);
    await page.getByRole('button', { name: '保存为新版本' }).click();
    const problems = page.getByTestId('agreement-problems');
    await problems.waitFor();
    expect(await problems.textContent()).toMatch(/第 \d+ 行/);
    await screenshot(page, 'agreements-problem');
    expect(outsideRequests).toEqual([]);
    await context.close();
  });

  it('a district officer records a new agreement from forms alone: the agreement, then a clause', async () => {
    const { page, context, outsideRequests } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'qingpu');
    await page.waitForURL('**/dashboard');
    await page.goto('/agreements');
    await page.getByRole('button', { name: '登记新协议' }).click();
    await page.waitForURL('**/agreements/new');
    const header = page.getByTestId('agreement-header-form');
    // Nothing filled in: the required fields say so.
    await header.getByRole('button', { name: '下一步：填写条款' }).click();
    await header.getByText('请填写').first().waitFor();
    await header.getByLabel('协议编号').fill('SF 2026');
    await header.getByText('只能用小写字母、数字及 - _ .，且以字母或数字开头').waitFor();
    await header.getByLabel('协议编号').fill('sf-express-qingpu-2026');
    await header.getByLabel('协议名称（中文）').fill('顺丰速运青浦网点2026年派费协议');
    await chooseOption(page, header, '行业', '快递');
    await header.getByLabel('生效日期').fill('2026-01-01');
    await header.getByLabel('生效日期').press('Enter');
    await header.getByLabel('平台').fill('sf');
    await header.getByLabel('平台').press('Enter');
    await header.getByLabel('名称 1').fill('青浦区总工会');
    await header.getByLabel('名称 2').fill('顺丰速运青浦网点');
    await page.keyboard.press('Escape');
    await expect.poll(() => header.getByText('请填写').count()).toBe(0);
    await header.scrollIntoViewIfNeeded();
    await screenshot(page, 'agreement-new-form');
    await header.getByRole('button', { name: '下一步：填写条款' }).click();

    await page.getByTestId('clause-add').click();
    await page.getByTestId('clause-editor').waitFor();
    await page.getByTestId('clause-id').fill('fee-share');
    await page.getByTestId('clause-title').fill('派费分成');
    await page.getByTestId('clause-text').fill('快递员单件派费不低于网点单件派费收入的30%。');
    await pickIn(page, page.getByTestId('clause-rule'), 'ex.direct_fee_share', 'ex.direct_fee_share');
    await page.getByTestId('param-min_share-value-0').fill('0.3');
    await expect
      .poll(() => page.getByTestId('clause-explanation').textContent(), { timeout: 15_000 })
      .toContain('min_share');
    await page.getByTestId('clause-apply').click();
    await page.getByTestId('clause-editor').waitFor({ state: 'detached' });
    const save = page.getByRole('button', { name: '登记协议' });
    await expect.poll(() => save.isEnabled(), { timeout: 15_000 }).toBe(true);
    await screenshot(page, 'agreement-new-clauses');
    await save.click();
    await page.waitForURL('**/agreements/sf-express-qingpu-2026/clauses');
    // Its audits will check SF's parcels alone.
    await expect.poll(() => page.getByTestId('agreement-coverage').innerText()).toBe('顺丰速运');
    await page.getByText('顺丰速运青浦网点2026年派费协议').first().waitFor();
    await page.getByText('草案').first().waitFor();
    await page.getByText('ex.direct_fee_share').first().waitFor();
    await page.getByRole('tab', { name: '协议文本（YAML）' }).click();
    const yaml = await page.locator('pre.agreement-source').textContent();
    expect(yaml).toContain('platform: sf');
    expect(yaml).toContain('effective_from: 2026-01-01');
    expect(yaml).toContain('name: 青浦区总工会');
    expect(outsideRequests).toEqual([]);
    await context.close();
  });

  it('shows a platform representative its own agreement and those in force, read-only, not another platform’s signed one', async () => {
    const { page, context } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'eleme');
    await page.getByTestId('module-nav').getByText('算法协议').click();
    await page.waitForURL('**/agreements');
    await page
      .getByText('2025年度饿了么（上海）网约配送算法与劳动规则协议', { exact: false })
      .first()
      .waitFor();
    await page.getByText('2025年极兔速递快递员派费与劳动权益协议', { exact: false }).first().waitFor();
    expect(await page.getByText('极兔速递青浦加盟网点2025年二次协商协议', { exact: false }).count()).toBe(0);
    expect(await page.getByText('2025年货运平台运费保障与收费规则协议', { exact: false }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '登记新协议' }).count()).toBe(0);
    await screenshot(page, 'agreements-list');
    await context.close();
  });

  it('lets anyone read the agreements in force on a phone, without an account', async () => {
    const { page, context, outsideRequests } = await newVisitor(browser(), baseUrl, phone);
    // Nothing a public page asks for needs an account.
    const refused: string[] = [];
    page.on(
      'response',
      (r) => void (r.status() === 401 && !r.url().endsWith('/api/session') && refused.push(r.url())),
    );
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
    // The platforms the agreement covers by their English names.
    await page.getByText('DiDi').first().waitFor();
    expect(refused).toEqual([]);
    await expectNoSidewaysScrolling(page);

    // On a desktop, a table with what each rule checks under its clause.
    const desktopVisitor = await newVisitor(browser(), baseUrl);
    await desktopVisitor.page.goto('/public/agreements/ride-hailing-shanghai-2025');
    const table = desktopVisitor.page.getByTestId('clauses-table');
    await table.getByTestId('clause-explanation').first().waitFor();
    expect(await table.getByTestId('clause-explanation').count()).toBe(await explanations.count());
    await screenshot(desktopVisitor.page, 'public-agreement-desktop');
    await desktopVisitor.context.close();
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
    // Each number parameter with its allowed range, and the hourly minimum's default by date.
    expect(await minPay.getByTestId('param-range').allTextContents()).toContain('允许范围 (0, +∞)：大于 0');
    const speed = rules.filter({ hasText: 'fd.eta_speed_floor' });
    expect(await speed.getByTestId('param-range').allTextContents()).toContain(
      '允许范围 (0, 120]：大于 0 且不大于 120',
    );
    await minPay.getByText('默认值随日期：2025-07-01 之前为 24，自 2025-07-01 起为 25').waitFor();
    await page.getByRole('heading', { name: '网约配送' }).waitFor();
    await expectNoSidewaysScrolling(page);
    await screenshot(page, 'public-rules-phone');

    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { name: 'The standard rule library' }).waitFor();
    expect(await minPay.getByTestId('rule-explanation').textContent()).toMatch(
      /^Rule fd\.min_hourly_pay ".+" checks .+It is a breach when/,
    );
    expect(await minPay.getByTestId('param-range').allTextContents()).toContain(
      'allowed range (0, +∞): greater than 0',
    );
    await minPay.getByText('default by date: 24 before 2025-07-01, 25 from 2025-07-01').waitFor();
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
