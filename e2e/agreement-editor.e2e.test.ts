import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newVisitor, screenshot, testBrowser } from './support/browser';
import { pickIn } from './support/forms';
import { signIn } from './support/people';

const baseUrl = inject('baseUrl');
const browser = testBrowser();

/** Picks an option of an antd select (by its test id) by typing part of its label. */
function choose(page: Page, testId: string, text: string, option: string | RegExp = text) {
  return pickIn(page, page.getByTestId(testId), text, option, testId);
}

describe('agreement clause editor and negotiation meetings', () => {
  it('a district officer adds a clause with the form, checked live, saves a new version and records a meeting', async () => {
    const { page, context, outsideRequests } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'qingpu');
    await page.waitForURL('**/dashboard');
    await page.goto('/agreements/jt-express-2025/form');
    await page.getByTestId('clause-add').click();
    const editor = page.getByTestId('clause-editor');
    await editor.waitFor();
    await page.getByTestId('clause-id').fill('fee-share-2026');
    await page.getByTestId('clause-title').fill('派费分成（2026年起提高）');
    await page.getByTestId('clause-title-en').fill('Fee share (raised from 2026)');
    await page
      .getByTestId('clause-text')
      .fill('快递员单件派费不低于网点单件派费收入的30%，2026年起不低于35%。');
    await page
      .getByTestId('clause-text-en')
      .fill("The courier's fee is at least 30 % of the per-piece income, 35 % from 2026.");
    await choose(page, 'clause-rule', 'ex.direct_fee_share');

    // A share written in words is not a decimal: the checker names the parameter.
    await page.getByTestId('param-min_share-value-0').fill('百分之三十');
    const issues = page.getByTestId('clause-issues');
    await issues.waitFor();
    await expect.poll(() => issues.textContent()).toContain('参数 min_share 应为 decimal');
    await issues.scrollIntoViewIfNeeded();
    await screenshot(page, 'agreement-editor-error');

    // Fixed, and raised from 2026: two values by effective date, with their sources.
    await page.getByTestId('param-min_share-from-0').fill('2025-07-16');
    await page.getByTestId('param-min_share-value-0').fill('0.3');
    await page.getByTestId('param-min_share').getByRole('button', { name: '按生效日期增加一个取值' }).click();
    await page.getByTestId('param-min_share-from-1').fill('2026-01-01');
    await page.getByTestId('param-min_share-value-1').fill('0.35');
    const explanation = page.getByTestId('clause-explanation');
    await expect
      .poll(() => explanation.textContent(), { timeout: 15_000 })
      .toContain('自 2025-07-16 起为 0.3，自 2026-01-01 起为 0.35');
    expect(await explanation.textContent()).toContain('courier_fee（快递员派费）');
    expect(await issues.count()).toBe(0);
    await explanation.scrollIntoViewIfNeeded();
    await screenshot(page, 'agreement-editor-explanation');

    await page.getByTestId('clause-apply').click();
    await editor.waitFor({ state: 'detached' });
    await page.getByTestId('form-summary').fill('新增2026年派费分成条款');
    const save = page.getByTestId('form-save');
    await expect.poll(() => save.isEnabled()).toBe(true);
    await save.click();
    await page.waitForURL('**/agreements/jt-express-2025/history');
    await page.getByText('新增2026年派费分成条款').waitFor();
    await page.getByText('新增条款').first().waitFor();

    // The expert view reads the same version as YAML.
    await page.getByRole('tab', { name: '协议文本（YAML）' }).click();
    const yaml = await page.locator('pre.agreement-source').textContent();
    expect(yaml).toContain('id: fee-share-2026');
    expect(yaml).toContain('text_en:');
    expect(yaml).toMatch(/from: 2026-01-01\s+value: 0.35/);

    // A meeting over the new clause, with a proposal and a follow-up.
    await page.getByRole('tab', { name: '恳谈会' }).click();
    await page.getByTestId('meeting-record').click();
    await page.waitForURL('**/agreements/jt-express-2025/meetings/new');
    await page.getByTestId('meeting-title').fill('青浦区快递员派费恳谈会');
    await page.getByTestId('meeting-date').fill('2025-12-10');
    await page.getByTestId('meeting-place').fill('青浦区总工会 2 楼会议室');
    await page.getByTestId('meeting-parties').click();
    await page.keyboard.type('青浦区快递行业工会联合会');
    await page.keyboard.press('Enter');
    await page.keyboard.type('极兔速递');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByTestId('participant-add').click();
    await page.getByTestId('participant-name-0').fill('赵强');
    await page.getByTestId('participant-org-0').fill('极兔青浦赵巷网点');
    await choose(page, 'participant-role-0', '骑手代表');
    await page.getByTestId('participant-add').click();
    await page.getByTestId('participant-name-1').fill('钱经理');
    await page.getByTestId('participant-org-1').fill('极兔速递上海区域');
    await choose(page, 'participant-role-1', '平台企业');
    await page.getByTestId('proposal-add').click();
    await page.getByTestId('proposal-by-0').fill('赵强');
    await choose(page, 'proposal-clause-0', 'fee-share-2026');
    await page.getByTestId('proposal-text-0').fill('2026年起分成比例提高到35%。');
    await choose(page, 'proposal-outcome-0', '达成一致');
    await page.getByTestId('follow-up-add').click();
    await page.getByTestId('follow-up-text-0').fill('向全体快递员公布新分成比例');
    await page.getByTestId('follow-up-owner-0').fill('钱经理');
    await page.getByTestId('follow-up-due-0').fill('2025-12-31');
    await page.getByTestId('meeting-minutes').fill('双方同意自2026年起提高分成比例。');
    await screenshot(page, 'meeting-form');
    await page.getByTestId('meeting-save').click();

    await page.getByTestId('meeting-view').waitFor();
    expect(page.url()).toMatch(/\/agreements\/jt-express-2025\/meetings\/[0-9a-f-]{36}$/);
    await page.getByTestId('meeting-proposals').getByText('2026年起分成比例提高到35%。').waitFor();
    await page.getByTestId('meeting-proposals').getByText('达成一致').waitFor();
    const followUps = page.getByTestId('meeting-follow-ups');
    await followUps.getByText('向全体快递员公布新分成比例').waitFor();
    await followUps.getByRole('checkbox').click();
    await expect.poll(() => followUps.getByRole('checkbox').isChecked()).toBe(true);
    await page.reload();
    await page.getByTestId('meeting-view').waitFor();
    await expect
      .poll(() => page.getByTestId('meeting-follow-ups').getByRole('checkbox').isChecked())
      .toBe(true);
    await page.getByTestId('meeting-proposals').scrollIntoViewIfNeeded();
    await screenshot(page, 'meeting-detail');

    await page.getByRole('link', { name: '返回恳谈会列表' }).click();
    await page.getByText('青浦区快递员派费恳谈会').waitFor();
    await screenshot(page, 'meetings-list');
    expect(outsideRequests).toEqual([]);
    await context.close();
  });
});
