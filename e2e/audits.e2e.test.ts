import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { screenshot, testBrowser } from './support/browser';
import { chooseOption, closeSelectLists, pickIn, pickOption, selectListsClosed } from './support/forms';
import { signedInVisitor } from './support/people';

const baseUrl = inject('baseUrl');
const browser = testBrowser();

const signedIn = (username: string) => signedInVisitor(browser(), baseUrl, username);

/** Picks, in a searchable select of the open dialog, the first option whose text matches after typing `typed`. */
const pick = (page: Page, label: string, typed: string, option: RegExp) =>
  pickOption(page, page.getByRole('dialog'), label, typed, option);

/** The datasets chosen in the open dialog, as their tags read. */
const chosenDatasets = (page: Page) =>
  page
    .getByRole('dialog')
    .locator('.ant-form-item')
    .filter({ has: page.getByLabel('数据集', { exact: true }) })
    .locator('.ant-select-selection-item');

/**
 * Starts an audit of the Ele.me agreement over its demo orders and the weather alerts, which the dialog chooses
 * itself once the agreement is chosen (the one dataset of each kind the agreement reads); returns the run's path.
 */
async function startAudit(page: Page): Promise<string> {
  await page.goto('/audits');
  await page.getByRole('button', { name: '发起审计' }).click();
  await pick(page, '协议', '饿了么', /饿了么（上海）/);
  await page.getByTestId('datasets-prefilled').waitFor();
  const chosen = chosenDatasets(page);
  await expect.poll(() => chosen.count()).toBe(2);
  expect(await chosen.first().innerText()).toMatch(/外卖.*饿了么） · 2025-04-14/);
  expect(await chosen.last().innerText()).toMatch(/气象预警/);
  await screenshot(page, 'audits-start-prefilled');
  await closeSelectLists(page);
  await page.getByRole('dialog').getByLabel('截止日期').fill('2025-12-31');
  await page.getByRole('dialog').getByLabel('截止日期').press('Enter');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /开\s?始/ })
    .click();
  // The run's page, or else what the dialog or the server said instead.
  const refusal = page.locator('.ant-message-error, .ant-modal .ant-form-item-explain-error').first();
  const first = await Promise.race([
    page.waitForURL(/\/audits\/runs\/[0-9a-f-]{36}$/).then(
      () => 'started' as const,
      () => 'no answer' as const,
    ),
    refusal.waitFor().then(
      () => refusal.innerText(),
      () => 'no answer' as const,
    ),
  ]);
  if (first !== 'started') throw new Error(`the audit did not start: ${first}`);
  return new URL(page.url()).pathname;
}

/** The path of the run the first test completes, for the tests after it. */
let runUrl = '';

describe('audits', () => {
  it('an officer runs an agreement over the demo data, reviews a finding, and the platform disputes it', async () => {
    const officer = await signedIn('admin');
    const { page } = officer;
    runUrl = await startAudit(page);
    await page.getByTestId('run-status').getByText('已完成').waitFor({ timeout: 120_000 });
    await page.getByTestId('audit-clauses').getByText('fd.fee_shown_before_accept').waitFor();
    // The Ele.me agreement checked Ele.me's orders alone: the platform named, not its code.
    await expect.poll(() => page.getByTestId('agreement-coverage').innerText()).toBe('淘宝闪购（饿了么）');
    // The amounts' currency, as the data's manifests name it.
    expect(await page.getByTestId('run-currency').innerText()).toBe('CNY');
    await screenshot(page, 'audits-run-clauses');

    await page.getByRole('tab', { name: '审计发现' }).click();
    const findings = page.getByTestId('audit-findings');
    const clauseCells = findings.locator('tbody tr.ant-table-row td:nth-child(2)');
    await clauseCells.first().waitFor();
    // Filter by the clause of the last finding on the first page (the list is sorted by clause), named by its
    // number and title.
    const clauseCell = (await clauseCells.last().innerText()).trim();
    const clause = clauseCell.split(' ')[0]!;
    expect(clauseCell).toMatch(/^c\d+ \S+/);
    const clauseSelect = page
      .locator('.ant-select')
      .filter({ has: page.getByRole('combobox', { name: '条款', exact: true }) });
    await pickIn(page, clauseSelect, clause, new RegExp(`^${clause} `), '条款');
    await expect
      .poll(async () => [...new Set((await clauseCells.allInnerTexts()).map((c) => c.trim()))], {
        timeout: 20_000,
      })
      .toEqual([clauseCell]);
    await screenshot(page, 'audits-findings-filtered');

    await findings.locator('tbody tr.ant-table-row').first().getByRole('link').click();
    await page.waitForURL(/\/audits\/runs\/[0-9a-f-]{36}\/findings\//);
    const findingUrl = new URL(page.url()).pathname;
    await page
      .getByTestId('finding-trace')
      .getByText(new RegExp(`条款 ${clause}`))
      .waitFor();
    await page.getByTestId('finding-evidence').getByText('淘宝闪购（饿了么）').first().waitFor();
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
    // The platform sees the run, but only its own findings, and cannot start runs; the city-wide figures per
    // clause are left empty, and the page says why.
    await platform.page.goto(runUrl);
    await platform.page.getByTestId('audit-clauses-scope').getByText('仅市总工会可见').waitFor();
    const feeRow = platform.page.getByTestId('audit-clauses').locator('tbody tr', {
      hasText: 'fd.fee_shown_before_accept',
    });
    await expect.poll(async () => (await feeRow.locator('td').nth(3).innerText()).trim()).toBe('—');
    // Instead of the whole run's count of findings, the count of its own, which its findings list totals.
    const ownCount = (await platform.page.getByTestId('run-findings-in-scope').innerText()).trim();
    expect(ownCount).toMatch(/^[1-9]\d* 辖区内$/);
    await screenshot(platform.page, 'audits-run-clauses-platform');
    await platform.page.getByRole('tab', { name: '审计发现' }).click();
    await platform.page.getByText(`共 ${ownCount.split(' ')[0]} 条`).waitFor();
    const platformCells = platform.page
      .getByTestId('audit-findings')
      .locator('tbody tr.ant-table-row td:nth-child(3)');
    await expect
      .poll(async () => [...new Set((await platformCells.allInnerTexts()).map((c) => c.trim()))], {
        timeout: 20_000,
      })
      .toEqual(['淘宝闪购（饿了么）']);
    expect(platform.outsideRequests).toEqual([]);
    await platform.context.close();
  }, 240_000);

  it('an officer is told before starting that the chosen data ends before the agreement takes effect or is of other platforms', async () => {
    const officer = await signedIn('admin');
    const { page } = officer;
    await page.goto('/audits');
    await page.getByRole('button', { name: '发起审计' }).click();
    // The demo's freight orders end in May 2025; the freight agreement takes effect on 1 November 2025.
    await pick(page, '协议', '货运', /货运平台/);
    // Its platforms' freight orders are chosen with it.
    await page.getByTestId('datasets-prefilled').waitFor();
    await expect
      .poll(() =>
        chosenDatasets(page)
          .filter({ hasText: /货运订单.* · 2025-04-14/ })
          .count(),
      )
      .toBe(2);
    await page.getByRole('dialog').getByText('发起审计').click();
    expect(await selectListsClosed(page)).toBe(true);
    const warning = page.getByTestId('data-before-agreement');
    await expect
      .poll(() => warning.innerText())
      .toMatch(/所选数据截至 2025-05-\d\d，早于协议生效日 2025-11-01/);
    await screenshot(page, 'audits-start-data-before-agreement');
    // Another agreement keeps only the chosen data its rules read: the freight orders go with the freight agreement.
    await pick(page, '协议', '饿了么', /饿了么（上海）/);
    await expect.poll(() => warning.count()).toBe(0);
    await expect
      .poll(() =>
        page
          .getByRole('dialog')
          .getByText(/货运订单/)
          .count(),
      )
      .toBe(0);
    // The Ele.me agreement does not cover Meituan: its orders in place of Ele.me's, chosen with the agreement.
    await chosenDatasets(page)
      .filter({ hasText: /外卖.*饿了么）/ })
      .locator('.ant-select-selection-item-remove')
      .click();
    await expect.poll(() => page.getByTestId('datasets-prefilled').count()).toBe(0);
    await pick(page, '数据集', 'meituan', /外卖.*美团/);
    await page.getByRole('dialog').getByText('发起审计').click();
    const uncovered = page.getByTestId('platforms-not-covered');
    // The platforms by name, as everywhere else.
    await expect
      .poll(() => uncovered.innerText())
      .toMatch(/所选数据的平台（美团）都不在协议覆盖的平台（淘宝闪购（饿了么））之内/);
    await screenshot(page, 'audits-start-platforms-not-covered');
    await officer.context.close();
  }, 120_000);

  it('an officer follows the open findings figure to the findings of the latest audits, filters and opens one', async () => {
    const officer = await signedIn('admin');
    const { page } = officer;
    await page.goto('/dashboard');
    const figure = page.getByRole('link', { name: '待处理审计发现' });
    const open = Number(
      (await figure.locator('.ant-statistic-content-value').innerText()).replace(/\D/g, ''),
    );
    expect(open).toBeGreaterThan(0);
    if ((await figure.getAttribute('href')) === '/audits/findings?state=open') await figure.click();
    else await page.goto('/audits/findings?state=open');
    await page.waitForURL(/\/audits\/findings\?state=open$/);
    const list = page.getByTestId('across-findings');
    await expect
      .poll(async () => page.locator('.ant-pagination-total-text').first().textContent(), { timeout: 30_000 })
      .toBe(`共 ${open} 条`);
    const states = page.getByTestId('across-state-filter');
    for (const state of ['新发现', '已确认', '平台异议']) await states.getByText(state).waitFor();
    await page.getByRole('tab', { name: '审计发现', selected: true }).waitFor();
    await screenshot(page, 'audits-open-findings');

    await chooseOption(page, page.getByTestId('across-filters'), '区', '青浦区', { search: true });
    await page.waitForURL(/district=310118/);
    // Each finding listed concerns work in Qingpu: its district, or among the districts of a rider's day.
    const districts = list.locator('tbody tr.ant-table-row td:nth-child(5)');
    await expect
      .poll(async () => (await districts.allInnerTexts()).every((c) => c.split('、').includes('青浦区')), {
        timeout: 20_000,
      })
      .toBe(true);
    expect(await districts.count()).toBeGreaterThan(0);
    // Each clause by its number and title.
    const clauses = await list.locator('tbody tr.ant-table-row td:nth-child(1)').allInnerTexts();
    expect(clauses.every((c) => /^c\d+ \S+/.test(c.trim()))).toBe(true);
    await screenshot(page, 'audits-open-findings-qingpu');
    await list.locator('tbody tr.ant-table-row').first().getByRole('link').first().click();
    await page.waitForURL(/\/audits\/runs\/[0-9a-f-]{36}\/findings\//);
    await page.getByTestId('finding-trace').getByText(/条款/).waitFor();
    await page.getByTestId('finding-evidence').getByText('平台').first().waitFor();
    await screenshot(page, 'audits-finding-labelled-columns');
    expect(officer.outsideRequests).toEqual([]);
    await officer.context.close();
  }, 120_000);

  it('an officer reads the run’s metrics: hourly pay per rider-day and fines on exempt lateness', async () => {
    expect(runUrl).not.toBe('');
    const officer = await signedIn('admin');
    const { page } = officer;
    await page.goto(runUrl);
    await page.getByRole('tab', { name: '指标' }).click();
    const table = page.locator('.ant-table').filter({ hasText: '小时收入（元，中位数）' }).first();
    await table.waitFor();
    await table.getByText('应免罚仍被罚的超时单占比').first().waitFor();
    await table.getByText('低于最低小时收入的工作日占比').first().waitFor();
    // Hourly pay in yuan and fen, shares as percentages, in the row of a month of Ele.me's orders.
    const row = table.locator('tbody tr.ant-table-row').first();
    await expect.poll(() => row.innerText()).toMatch(/\d+\.\d{2}/);
    await expect.poll(() => row.innerText()).toMatch(/\d+\.\d%/);
    // The platform by its name.
    await expect.poll(() => row.innerText()).toContain('淘宝闪购（饿了么）');
    await screenshot(page, 'audits-run-metrics');
    expect(officer.outsideRequests).toEqual([]);
    await officer.context.close();
  }, 120_000);

  it('an officer opens a case from selected findings and sees it with their evidence', async () => {
    expect(runUrl).not.toBe('');
    const officer = await signedIn('admin');
    const { page } = officer;
    await page.goto(`${runUrl}?tab=findings`);
    const rows = page.getByTestId('audit-findings').locator('tbody tr.ant-table-row');
    await rows.nth(1).waitFor();
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    await page.getByRole('button', { name: /依据所选发现立案.*已选 2 条/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/按所选发现的规则建议/).waitFor();
    await chooseOption(page, dialog, '案件类型', '罚款与扣款争议');
    await dialog.getByLabel('案由').fill('审计发现：平台违反协议条款');
    await dialog.getByLabel('情况说明').fill('合规审计发现平台违反集体协议条款，依据所选发现立案核查。');
    await chooseOption(page, dialog, '区', '青浦区', { search: true });
    await chooseOption(page, dialog, '街道（镇）', '夏阳街道', { search: true });
    expect(await selectListsClosed(page)).toBe(true);
    await dialog.getByTestId('case-street').getByText('夏阳街道').waitFor();
    await screenshot(page, 'audits-case-from-findings');
    await dialog.getByRole('button', { name: /^立\s?案$/ }).click();

    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const evidence = page.getByTestId('case-evidence');
    await evidence.getByText('发现（2 条）').waitFor();
    await evidence.getByText(/[0-9a-f]{64}/).waitFor();
    await page.getByTestId('case-parties').getByText('平台企业').first().waitFor();
    await page.getByTestId('case-detail').getByText('罚款与扣款争议').first().waitFor();
    await page.getByTestId('case-detail').getByText('夏阳街道').first().waitFor();
    await screenshot(page, 'audits-case-opened');
    await evidence.scrollIntoViewIfNeeded();
    await screenshot(page, 'audits-case-evidence');
    expect(officer.outsideRequests).toEqual([]);
    await officer.context.close();
  }, 120_000);
});
