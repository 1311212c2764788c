import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { screenshot, testBrowser } from './support/browser';
import { signedInVisitor } from './support/people';

const baseUrl = inject('baseUrl');
const browser = testBrowser();

const signedIn = (username: string) => signedInVisitor(browser(), baseUrl, username);

/** Picks, in a searchable select, the first option whose text matches after typing `typed`. */
async function pick(page: Page, label: string, typed: string, option: RegExp) {
  const input = page.getByRole('dialog').getByLabel(label, { exact: true });
  await input.click();
  await input.fill(typed);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
}

describe('audits', () => {
  it('an officer runs an agreement over the demo data, reviews a finding, and the platform disputes it', async () => {
    const officer = await signedIn('admin');
    const { page } = officer;
    await page.goto('/audits');
    await page.getByRole('button', { name: '发起审计' }).click();
    await pick(page, '协议', '饿了么', /饿了么（上海）/);
    await pick(page, '数据集', 'eleme', /外卖.*eleme/);
    await pick(page, '数据集', '气象', /气象预警/);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').getByLabel('截止日期').fill('2025-12-31');
    await page.getByRole('dialog').getByLabel('截止日期').press('Enter');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /开\s?始/ })
      .click();

    await page.waitForURL(/\/audits\/runs\/[0-9a-f-]{36}$/);
    const runUrl = new URL(page.url()).pathname;
    await page.getByTestId('run-status').getByText('已完成').waitFor({ timeout: 120_000 });
    await page.getByTestId('audit-clauses').getByText('fd.fee_shown_before_accept').waitFor();
    await screenshot(page, 'audits-run-clauses');

    await page.getByRole('tab', { name: '审计发现' }).click();
    const findings = page.getByTestId('audit-findings');
    const clauseCells = findings.locator('tbody tr.ant-table-row td:nth-child(2)');
    await clauseCells.first().waitFor();
    // Filter by the clause of the last finding on the first page (the list is sorted by clause).
    const clause = (await clauseCells.last().innerText()).trim();
    await page.getByRole('combobox', { name: '条款', exact: true }).click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: new RegExp(`^${clause} `) })
      .click();
    await expect
      .poll(async () => [...new Set((await clauseCells.allInnerTexts()).map((c) => c.trim()))], {
        timeout: 20_000,
      })
      .toEqual([clause]);
    await screenshot(page, 'audits-findings-filtered');

    await findings.locator('tbody tr.ant-table-row').first().getByRole('link').click();
    await page.waitForURL(/\/audits\/runs\/[0-9a-f-]{36}\/findings\//);
    const findingUrl = new URL(page.url()).pathname;
    await page
      .getByTestId('finding-trace')
      .getByText(new RegExp(`条款 ${clause}`))
      .waitFor();
    await page.getByTestId('finding-evidence').getByText('eleme').first().waitFor();
    await page.getByRole('button', { name: /^确\s?认$/ }).click();
    await page.getByLabel('说明').fill('核对平台订单记录，违规属实');
    await page.getByRole('button', { name: /^提\s?交$/ }).click();
    await page.getByTestId('finding-state').getByText('已确认').waitFor();
    await page.getByTestId('finding-history').getByText('核对平台订单记录').waitFor();
    await screenshot(page, 'audits-finding-confirmed');
    expect(officer.outsideRequests).toEqual([]);
    await officer.context.close();

    const platform = await signedIn('eleme');
    await platform.page.goto(findingUrl);
    await platform.page.getByTestId('finding-state').getByText('已确认').waitFor();
    await platform.page.getByRole('button', { name: '提出异议' }).click();
    await platform.page.getByLabel('平台答复').fill('该订单在接单页已展示配送费构成，附页面记录');
    await platform.page.getByLabel('平台证据（每行一项）').fill('接单页面截图 2025-09-12\n系统日志导出');
    await platform.page.getByRole('button', { name: /^提\s?交$/ }).click();
    await platform.page.getByTestId('finding-state').getByText('平台异议').waitFor();
    await platform.page.getByTestId('finding-history').getByText('该订单在接单页已展示配送费构成').waitFor();
    await platform.page
      .getByTestId('finding-history')
      .getByText(/系统日志导出/)
      .waitFor();
    await screenshot(platform.page, 'audits-finding-disputed');
    // The platform sees the run, but only its own findings, and cannot start runs.
    await platform.page.goto(runUrl);
    await platform.page.getByRole('tab', { name: '审计发现' }).click();
    const platformCells = platform.page
      .getByTestId('audit-findings')
      .locator('tbody tr.ant-table-row td:nth-child(3)');
    await expect
      .poll(async () => [...new Set((await platformCells.allInnerTexts()).map((c) => c.trim()))], {
        timeout: 20_000,
      })
      .toEqual(['eleme']);
    expect(platform.outsideRequests).toEqual([]);
    await platform.context.close();
  }, 240_000);
});
