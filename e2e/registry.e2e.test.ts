import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newVisitor, screenshot, testBrowser } from './support/browser';
import { pickIn } from './support/forms';
import { signIn } from './support/people';

const baseUrl = inject('baseUrl');
const browser = testBrowser();

const header = '类型,名称,统一社会信用代码,平台,区,街镇,建会状态,建会日期,从业人数';
const goodRows = [
  '加盟商,极兔速递青浦赵巷新建加盟商,91310118MA1E2E0001,极兔速递,青浦区,赵巷镇,已建会,2025-03-01,40',
  '网点,极兔速递青浦赵巷新建网点,91310118MA1E2E0002,jt,青浦区,赵巷镇,已建会,2025-03-02,12',
];
// Lines 4–7 of the file (line 1 is the header): each wrong in one field.
const badRows = [
  '商店,类型写错的企业,91310118MA1E2E0003,jt,青浦区,赵巷镇,未建会,,10',
  '加盟商,黄浦区的加盟商,91310101MA1E2E0004,jt,黄浦区,,未建会,,10',
  '加盟商,缺建会日期的加盟商,91310118MA1E2E0005,jt,青浦区,徐泾镇,已建会,,10',
  '加盟商,人数为负的加盟商,91310118MA1E2E0006,jt,青浦区,徐泾镇,未建会,,-3',
];
const fixedRows = [
  '网点,类型改正的网点,91310118MA1E2E0003,jt,青浦区,赵巷镇,已建会,2025-04-01,10',
  '加盟商,补填建会日期的加盟商,91310118MA1E2E0005,jt,青浦区,徐泾镇,已建会,2025-05-01,10',
  '加盟商,人数改正的加盟商,91310118MA1E2E0006,jt,青浦区,徐泾镇,已建会,2025-06-01,3',
];
const csv = (rows: string[]) => Buffer.from(`\uFEFF${[header, ...rows].join('\r\n')}\r\n`, 'utf8');

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
}

/** Opens a labelled select and picks an option by its visible text. */
function choose(page: Page, label: string, option: string) {
  const select = page
    .getByTestId('enterprise-filters')
    .locator('.ant-select')
    .filter({ has: page.getByRole('combobox', { name: label, exact: true }) });
  return pickIn(page, select, option, option, label);
}

async function qingpuFoundingRate(page: Page): Promise<string> {
  const map = page.getByTestId('coverage-map');
  await map.waitFor();
  const drawn = (await map.getAttribute('data-drawn')) ?? '';
  return /310118=(\S+)/.exec(drawn)?.[1] ?? '';
}

describe('organisations and coverage', () => {
  it('lets the Qingpu officer find enterprises without a union, import a list, fix it and see coverage change', async () => {
    const { page, context, outsideRequests } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'qingpu');
    await page.waitForURL('**/dashboard');
    await page.getByTestId('module-nav').getByText('组织与覆盖').click();
    await page.waitForURL('**/registry');
    await page.getByTestId('demo-notice').waitFor();
    const rateBefore = await qingpuFoundingRate(page);
    expect(rateBefore).toMatch(/^\d+\.\d%$/);
    const summaryBefore = await page.getByTestId('summary-foundingRate').innerText();
    await page.getByTestId('coverage-trend').waitFor();
    await screenshot(page, 'registry-coverage-qingpu');

    // The enterprises of Qingpu without a union.
    await openTab(page, '企业名录');
    await page.getByTestId('enterprises-table').locator('tbody tr.ant-table-row').first().waitFor();
    await choose(page, '建会状态', '未建会');
    await page.waitForURL(/unionStatus=none/);
    const table = page.getByTestId('enterprises-table');
    const statusesShown = () =>
      table
        .locator('[data-status]')
        .evaluateAll((tags) => tags.map((tag) => tag.getAttribute('data-status')));
    await expect
      .poll(async () => new Set(await statusesShown()), { timeout: 15_000 })
      .toEqual(new Set(['none']));
    const statuses = await statusesShown();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['none']));
    const places = await table.locator('tbody tr.ant-table-row td:nth-child(4)').allInnerTexts();
    expect(places.every((place) => place.startsWith('青浦区'))).toBe(true);
    await expect
      .poll(() => page.getByTestId('enterprises-total').innerText(), { timeout: 15_000 })
      .toMatch(/共 \d+ 条/);
    await screenshot(page, 'registry-enterprises-without-union');

    // A list with four bad rows: nothing is written, and the report names row, field and reason.
    await openTab(page, '导入');
    await page.locator('input[type=file]').setInputFiles({
      name: '青浦名录.csv',
      mimeType: 'text/csv',
      buffer: csv([...goodRows, ...badRows]),
    });
    await page.getByTestId('import-file-name').getByText('青浦名录.csv').waitFor();
    await page.getByTestId('import-run').click();
    const report = page.getByTestId('import-report');
    await report.and(page.locator('[data-outcome="rejected"]')).waitFor();
    await report.getByText('本次没有写入任何数据').waitFor();
    const issues = page.getByTestId('import-issues');
    const issueRows = await issues.locator('tbody tr').allInnerTexts();
    const flat = issueRows.map((text) => text.replace(/\s+/g, ' '));
    expect(
      flat.some(
        (text) => text.startsWith('4 ') && text.includes('类型（kind）') && text.includes('类型应为'),
      ),
    ).toBe(true);
    expect(flat.some((text) => text.startsWith('5 ') && text.includes('不在您的辖区内'))).toBe(true);
    expect(flat.some((text) => text.startsWith('6 ') && text.includes('已建会的须填写建会日期'))).toBe(true);
    expect(flat.some((text) => text.startsWith('7 ') && text.includes('从业人数（workers）'))).toBe(true);
    expect(flat.some((text) => text.startsWith('2 ') || text.startsWith('3 '))).toBe(false);
    await screenshot(page, 'registry-import-report');

    // Fixed, checked first, then imported.
    await page.locator('input[type=file]').setInputFiles({
      name: '青浦名录-已修改.csv',
      mimeType: 'text/csv',
      buffer: csv([...goodRows, ...fixedRows]),
    });
    await page.getByTestId('import-check').click();
    await report.getByText('检查通过：5 行都可以导入').waitFor();
    await page.getByTestId('import-run').click();
    await report.getByText('全部 5 行已导入（5 行写入，0 行无变化）').waitFor();
    await screenshot(page, 'registry-import-done');

    // The coverage map and figures now count the five new enterprises with their unions.
    await openTab(page, '覆盖率');
    await expect.poll(() => qingpuFoundingRate(page), { timeout: 15_000 }).not.toBe(rateBefore);
    const rateAfter = await qingpuFoundingRate(page);
    expect(Number.parseFloat(rateAfter)).toBeGreaterThan(Number.parseFloat(rateBefore));
    expect(await page.getByTestId('summary-foundingRate').innerText()).not.toBe(summaryBefore);
    await screenshot(page, 'registry-coverage-after-import');

    // The new enterprises are in the list, found by search.
    await page.goto('/registry/enterprises?q=极兔速递青浦赵巷新建');
    await table.getByText('极兔速递青浦赵巷新建加盟商').waitFor();
    expect(outsideRequests).toEqual([]);
    await context.close();
  });

  it('shows the city admin all 16 districts on the map, for either rate', async () => {
    const { page, context } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'admin');
    await page.waitForURL('**/dashboard');
    await page.goto('/registry/coverage');
    const map = page.getByTestId('coverage-map');
    await map.waitFor();
    expect(await map.getAttribute('data-tiles')).toBe('16');
    const drawn = ((await map.getAttribute('data-drawn')) ?? '').split(' ');
    expect(drawn).toHaveLength(16);
    expect(drawn.every((entry) => /^\d{6}=\d+\.\d%$/.test(entry))).toBe(true);
    await page.getByTestId('coverage-table').getByText('浦东新区').waitFor();
    await page.getByTestId('coverage-trend').waitFor();

    // Pointing at Qingpu's tile (column 0, row 3 of 6 × 6 inside the chart's margins) names it with its figures.
    const box = (await map.boundingBox())!;
    const cell = { width: (box.width - 8) / 6, height: (box.height - 60) / 6 };
    await page.mouse.move(box.x + 4 + cell.width / 2, box.y + 4 + cell.height * 3.5);
    const qingpuRate = /310118=(\S+)/.exec(drawn.join(' '))?.[1];
    await map.getByText(`建会率: ${qingpuRate}`).waitFor();
    await map.getByText('青浦区', { exact: true }).waitFor();
    await screenshot(page, 'registry-coverage-city');

    await page.getByTestId('rate-select').getByText('入会率').click();
    await page.getByText('各区入会率').waitFor();
    await expect
      .poll(async () => (await map.getAttribute('data-drawn')) ?? '', { timeout: 15_000 })
      .not.toBe(drawn.join(' '));
    await screenshot(page, 'registry-coverage-city-membership');
    await context.close();
  });

  it('names a street officer’s coverage after the street, and gives no street a workforce it does not have', async () => {
    const { page, context } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'xujing');
    await page.waitForURL('**/dashboard');
    await page.goto('/registry/coverage');
    await page.getByTestId('coverage-scope').getByText('青浦区徐泾镇').waitFor();
    const map = page.getByTestId('coverage-map');
    await map.waitFor();
    // The street's figures lie on Qingpu's place on the map, named after the street.
    const box = (await map.boundingBox())!;
    const cell = { width: (box.width - 8) / 6, height: (box.height - 60) / 6 };
    await page.mouse.move(box.x + 4 + cell.width / 2, box.y + 4 + cell.height * 3.5);
    await map.getByText('青浦区徐泾镇', { exact: true }).waitFor();
    expect(await map.getByText('青浦区', { exact: true }).count()).toBe(0);
    // Platforms report workers by district only: the street has no membership rate, and the page says why.
    const membership = page.getByTestId('summary-membershipRate');
    expect(await membership.innerText()).toContain('从业人数仅按区报送');
    const table = page.getByTestId('coverage-table');
    await table.getByTestId('workers-unknown').first().waitFor();
    expect(await table.getByTestId('coverage-workforce-note').innerText()).toContain(
      '青浦区徐泾镇没有从业人数',
    );
    await screenshot(page, 'registry-coverage-street');
    await context.close();

    // Qingpu's streets have no workers of their own either; the total names where its figure comes from.
    const district = await newVisitor(browser(), baseUrl);
    await signIn(district.page, 'qingpu');
    await district.page.waitForURL('**/dashboard');
    await district.page.goto('/registry/coverage');
    const streets = district.page.getByTestId('coverage-table');
    await streets.getByText('青浦区徐泾镇', { exact: true }).waitFor();
    const workers = await streets.locator('tbody tr.ant-table-row td:nth-child(7)').allInnerTexts();
    expect(workers.length).toBeGreaterThan(1);
    expect(new Set(workers)).toEqual(new Set(['—']));
    expect(await streets.locator('.ant-table-summary td:nth-child(7)').innerText()).toMatch(/^\d[\d,]*$/);
    expect(await streets.getByTestId('coverage-workforce-note').innerText()).toContain(
      '合计行的从业人数是平台报送的青浦区全域数字',
    );
    await district.context.close();
  });

  it('shows a street officer only the enterprises of their street', async () => {
    const { page, context } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'xujing');
    await page.waitForURL('**/dashboard');
    await page.goto('/registry/enterprises?pageSize=100');
    const table = page.getByTestId('enterprises-table');
    await table.locator('tbody tr [data-status]').first().waitFor();
    const places = await table.locator('tbody tr.ant-table-row td:nth-child(4)').allInnerTexts();
    expect(places.length).toBeGreaterThan(0);
    expect(places.every((place) => place === '青浦区 · 徐泾镇')).toBe(true);
    // Nothing to choose among: the street officer's area is one street.
    expect(await page.getByTestId('filter-district').count()).toBe(0);
    expect(await page.getByTestId('filter-street').count()).toBe(0);
    await screenshot(page, 'registry-enterprises-street');

    // The export holds the same enterprises: the street's, with Chinese and English headers.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('enterprises.csv');
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const [head, ...lines] = text.trim().split(/\r?\n/);
    expect(head).toContain('街镇 street');
    expect(lines.length).toBeGreaterThanOrEqual(places.length);
    expect(lines.every((line) => line.includes('徐泾镇'))).toBe(true);
    await context.close();
  });
});
