import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newVisitor, screenshot, testBrowser } from './support/browser';
import { pickIn } from './support/forms';
import { signIn } from './support/people';

const baseUrl = inject('baseUrl');
const browser = testBrowser();

const rows = 20_000;
const badEvery = 400;

/**
 * A month of courier payroll from a franchisee, as its export would look: every 400th row broken in one of three
 * ways (a month 13, a negative amount, a date that is not one), 50 bad rows in all.
 */
function payrollCsv(): string {
  const lines = ['franchisee_id,courier_id,period,amount_due,amount_paid,due_date,paid_at'];
  for (let i = 1; i <= rows; i++) {
    const courier = `C${String(i).padStart(6, '0')}`;
    const due = (5200 + (i % 37) * 13.5).toFixed(2);
    const kind = i % badEvery === 0 ? (i / badEvery) % 3 : -1;
    lines.push(
      [
        `F${(i % 12) + 1}`,
        courier,
        kind === 0 ? '2025-13' : '2025-09',
        kind === 1 ? '-5.00' : due,
        due,
        kind === 2 ? 'not-a-date' : '2025-10-15',
        '2025-10-15T10:00:00+08:00',
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

async function throttleUploads(page: Page, bytesPerSecond: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: bytesPerSecond,
  });
  return cdp;
}

describe('platform data upload', () => {
  it('an officer uploads payroll with bad rows, watches it go, reads the report and downloads the refused rows', async () => {
    const { page, context, outsideRequests } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'qingpu');
    await page.waitForURL('**/dashboard');
    await page.getByTestId('module-nav').getByText('平台数据').click();
    await page.waitForURL('**/data');
    await page.getByRole('tab', { name: '上传数据' }).click();

    const csv = Buffer.from(payrollCsv());
    const fileName = `payroll-qingpu-${Date.now()}.csv`;
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: csv });
    await pickIn(page, page.getByTestId('dataset-kind'), '快递员工资', '快递员工资发放');

    // A slow line: the upload shows its progress and can be cancelled; nothing is stored then.
    const cdp = await throttleUploads(page, 200 * 1024);
    await page.getByTestId('dataset-upload').click();
    const progress = page.getByTestId('upload-progress-text');
    await expect
      .poll(() => progress.textContent(), { timeout: 10_000 })
      .toMatch(/正在上传 \d+(\.\d)? (KB|MB) \/ /);
    await screenshot(page, 'data-upload-progress');
    await page.getByTestId('upload-cancel').click();
    await page.getByTestId('upload-cancelled').waitFor();

    // Again, at a pace where progress is still seen, to the end.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 600 * 1024,
    });
    await page.getByTestId('dataset-upload').click();
    await expect.poll(() => progress.textContent(), { timeout: 10_000 }).toMatch(/正在上传|正在校验/);
    const report = page.getByTestId('validation-report');
    await report.waitFor({ timeout: 60_000 });
    await expect
      .poll(() => page.getByTestId('rows-accepted').textContent())
      .toContain((rows - rows / badEvery).toLocaleString('en-US'));
    expect(await page.getByTestId('rows-rejected').textContent()).toContain(String(rows / badEvery));
    const issues = page.getByTestId('dataset-issues');
    await issues.getByText('2025-13').first().waitFor();
    await issues.getByText('not-a-date').first().waitFor();
    expect(await issues.locator('tbody tr.ant-table-row').count()).toBe(20);
    await issues.locator('.ant-pagination').getByText('共 50 条').waitFor();
    await issues.locator('.ant-pagination-item').filter({ hasText: '3' }).click();
    expect(await issues.locator('tbody tr.ant-table-row').count()).toBe(10);
    await screenshot(page, 'data-upload-report');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-rejected').click(),
    ]);
    const refused = await readFile((await download.path())!, 'utf8');
    expect(refused.split('\n').filter((l) => l.trim()).length).toBeGreaterThanOrEqual(rows / badEvery + 1);
    expect(refused).toContain('not-a-date');
    expect(refused).toContain('C000400');

    // The catalogue lists it with its rows, who and when; its detail repeats the errors.
    await page.getByRole('tab', { name: '数据集目录' }).click();
    const catalogue = page.getByTestId('dataset-catalogue');
    const row = catalogue.locator('tr', { hasText: fileName });
    await row.waitFor();
    expect(await row.textContent()).toContain('qingpu');
    expect(await row.textContent()).toContain((rows - 50).toLocaleString('en'));
    await screenshot(page, 'data-catalogue');
    // Filtered to one platform, chosen by its name: its datasets named so, the payroll (no platform) gone.
    await pickIn(page, page.getByTestId('catalogue-platform'), '饿了么', '淘宝闪购（饿了么）');
    await expect.poll(() => new URL(page.url()).searchParams.get('platform')).toBe('eleme');
    await expect.poll(() => catalogue.locator('tr', { hasText: fileName }).count()).toBe(0);
    await catalogue.locator('tr', { hasText: '淘宝闪购（饿了么）' }).first().waitFor();
    await screenshot(page, 'data-catalogue-platform');
    await page.getByTestId('catalogue-platform').locator('.ant-select-clear').click();
    await row.getByRole('link').click();
    await page.getByTestId('dataset-detail').waitFor();
    await page.getByText('错误 50 条').waitFor();
    // Its format by name, not by the code the server stores.
    await page.getByTestId('dataset-detail').getByText('CSV 表格（逗号分隔）').waitFor();
    await screenshot(page, 'data-dataset-detail');
    expect(outsideRequests).toEqual([]);
    await context.close();
  });

  it('the upload form names the formats and asks for the kind of data unless a platform’s format gives it', async () => {
    const { page, context } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'qingpu');
    await page.waitForURL('**/dashboard');
    await page.goto('/data');
    await page.getByRole('tab', { name: '上传数据' }).click();
    const kindField = page
      .locator('.ant-form-item')
      .filter({ has: page.getByText('数据集类型', { exact: true }) });
    // Marked as required, and refused when left empty.
    await kindField.locator('.ant-form-item-required').waitFor();
    await page.locator('input[type=file]').setInputFiles({
      name: `kindless-${Date.now()}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from('a,b\n1,2\n'),
    });
    await page.getByTestId('dataset-upload').click();
    await kindField.getByText('请选择数据集类型').waitFor();
    expect(await page.getByTestId('validation-report').count()).toBe(0);
    await screenshot(page, 'data-upload-kind-required');

    // The formats by their names, grouped; a platform's own with its code beside it.
    await page.getByTestId('dataset-format').click();
    const list = page.locator('.ant-select-dropdown:visible');
    await list.getByText('通用格式').waitFor();
    await list.getByText('Excel 工作簿（XLSX）').waitFor();
    const nyc = list.locator('.ant-select-item-option', { hasText: '纽约网约车行程记录' });
    expect(await nyc.innerText()).toMatch(/^纽约网约车行程记录（TLC 大型网约车平台）\s*nyc-hvfhv$/);
    await screenshot(page, 'data-upload-formats');
    await nyc.click();
    // That format holds ride-hailing trips: the kind may be left empty.
    await kindField.getByText('该平台格式的数据即“网约车订单”，可不填').waitFor();
    await expect.poll(() => kindField.locator('.ant-form-item-required').count()).toBe(0);
    await expect.poll(() => kindField.getByText('请选择数据集类型').count()).toBe(0);
    await context.close();
  });

  it('an officer sees that the platform an export names is not the registered one it is spelt like', async () => {
    const { page, context } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'qingpu');
    await page.waitForURL('**/dashboard');
    await page.goto('/data');
    await page.getByRole('tab', { name: '上传数据' }).click();
    const fileName = `freight-huolala-${Date.now()}.csv`;
    const csv = [
      'order_id,platform,driver_id,district,completed_at,order_amount,commission',
      'HL1,Huolala,D1,310118,2025-11-02 10:00:00,500.00,50.00',
      'HL2,Huolala,D2,310118,2025-11-03 10:00:00,300.00,30.00',
    ].join('\n');
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(`${csv}\n`) });
    await pickIn(page, page.getByTestId('dataset-kind'), '货运', '货运订单');
    await page.getByTestId('dataset-upload').click();
    const report = page.getByTestId('validation-report');
    await report.waitFor({ timeout: 60_000 });
    // Said as soon as the upload is stored, and again on the dataset's page.
    await expect
      .poll(() => report.getByTestId('unregistered-platform').innerText())
      .toContain('数据中的平台“Huolala”不在平台名录中');
    await page.getByRole('tab', { name: '数据集目录' }).click();
    await page
      .getByTestId('dataset-catalogue')
      .locator('tr', { hasText: fileName })
      .getByRole('link')
      .click();
    const warning = page.getByTestId('unregistered-platform');
    await expect
      .poll(() => warning.innerText())
      .toMatch(/数据中的平台“Huolala”不在平台名录中，与已登记的“huolala”只在大小写或分隔符上不同/);
    await screenshot(page, 'data-dataset-unregistered-platform');
    await context.close();
  });
});
