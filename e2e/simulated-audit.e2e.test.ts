import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { simulate, type SimulationSummary } from '@gigpact/datasets';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { screenshot, testBrowser } from './support/browser';
import { closeSelectLists, pickIn, pickOption } from './support/forms';
import { signedInVisitor } from './support/people';

const baseUrl = inject('baseUrl');
const browser = testBrowser();

let work: string;
let summary: SimulationSummary;
/** Violations per clause of the shipped ride-hailing agreement, counted from the simulator's ground truth. */
const expected = { cap: 0, bill: 0 };

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'gigpact-e2e-sim-'));
  summary = await simulate({
    days: 7,
    scale: 0.004,
    seed: 20261129,
    outDir: path.join(work, 'sim'),
    industries: ['ride_hailing'],
  });
  // The agreement covers Didi and T3 (not Cao Cao) from 2025-09-01, the simulation's first day.
  const duck = await DuckDBInstance.create(':memory:');
  const connection = await duck.connect();
  const dir = summary.outDir;
  const reader = await connection.runAndReadAll(
    `SELECT rule, count(*)::INTEGER AS n FROM read_parquet('${path.join(dir, 'ground_truth.parquet')}')
     WHERE dataset = 'ride_trips' AND platform IN ('didi', 't3') GROUP BY rule`,
  );
  for (const [rule, n] of reader.getRows() as [string, number][]) {
    if (rule === 'rh.commission_cap') expected.cap = n;
    if (rule === 'rh.bill_transparency') expected.bill = n;
  }
  connection.closeSync();
  duck.closeSync();
}, 120_000);
afterAll(() => work && rm(work, { recursive: true, force: true }));

/** Uploads a file as a dataset of the given kind through the data page; returns the new dataset's id. */
async function upload(
  page: Page,
  file: string,
  kindName: string,
  { rows, screenshotAs }: { rows: number; screenshotAs?: string },
): Promise<string> {
  await page.goto('/data');
  await page.getByRole('tab', { name: '上传数据' }).click();
  const fileName = `simulated-${Date.now()}-${path.basename(file)}`;
  await page.locator('input[type=file]').setInputFiles({
    name: fileName,
    mimeType: 'application/vnd.apache.parquet',
    buffer: await readFile(file),
  });
  await pickIn(page, page.getByTestId('dataset-kind'), kindName.slice(0, 2), kindName);
  await page.getByTestId('dataset-upload').click();
  await page.getByTestId('validation-report').waitFor({ timeout: 180_000 });
  await expect
    .poll(() => page.getByTestId('rows-accepted').textContent())
    .toContain(rows.toLocaleString('en-US'));
  if (screenshotAs) await screenshot(page, screenshotAs);

  await page.getByRole('tab', { name: '数据集目录' }).click();
  await page.getByTestId('dataset-catalogue').locator('tr', { hasText: fileName }).getByRole('link').click();
  await page.waitForURL(/\/data\/datasets\/[^/?#]+$/);
  return /\/data\/datasets\/([^/?#]+)$/.exec(page.url())![1]!;
}

/** Starts an audit of one agreement over one dataset from the audits page, and waits for the run's page. */
async function startAudit(page: Page, agreement: string, datasetId: string, asOf: string): Promise<void> {
  await page.goto('/audits');
  await page.getByRole('button', { name: '发起审计' }).click();
  const dialog = page.getByRole('dialog');
  await pickOption(page, dialog, '协议', agreement, agreement);
  // The uploaded data alone: whatever the dialog chose with the agreement is taken out first.
  const chosenWithAgreement = dialog.locator('.ant-select-selection-item-remove');
  for (let left = await chosenWithAgreement.count(); left > 0; left--) {
    await chosenWithAgreement.first().click();
    await expect.poll(() => chosenWithAgreement.count()).toBe(left - 1);
  }
  await pickOption(page, dialog, '数据集', datasetId.slice(0, 8), datasetId.slice(0, 8));
  await closeSelectLists(page);
  await dialog.getByLabel('截止日期').fill(asOf);
  await dialog.getByLabel('截止日期').press('Enter');
  await dialog.getByRole('button', { name: /开\s?始/ }).click();
  await page.waitForURL(/\/audits\/runs\/[0-9a-f-]{36}$/);
}

describe('simulated platform data, uploaded and audited', () => {
  it('an officer uploads a simulated week of ride-hailing trips and the audit finds exactly the injected breaches', async () => {
    expect(expected.cap).toBeGreaterThan(0);
    expect(expected.bill).toBeGreaterThan(0);
    const { page, context, outsideRequests } = await signedInVisitor(browser(), baseUrl, 'admin');

    const datasetId = await upload(page, path.join(summary.outDir, 'ride_trips.parquet'), '网约车订单', {
      rows: summary.rows.ride_trips!,
      screenshotAs: 'simulated-upload-report',
    });

    await startAudit(page, '2025年网约车平台抽成与算法规则协议（示例）', datasetId, summary.asOf);
    await page.getByTestId('run-status').getByText('已完成').waitFor({ timeout: 180_000 });
    const clauses = page.getByTestId('audit-clauses');
    const violationsOf = async (rule: string) => {
      const row = clauses.locator('tbody tr', { hasText: rule });
      const header = await clauses.locator('thead th').allInnerTexts();
      const column = header.findIndex((h) => h.trim() === '违规（全部）');
      return Number((await row.locator('td').nth(column).innerText()).replace(/,/g, ''));
    };
    await clauses.getByText('rh.commission_cap').waitFor();
    expect(await violationsOf('rh.commission_cap')).toBe(expected.cap);
    expect(await violationsOf('rh.bill_transparency')).toBe(expected.bill);
    // The rules the simulator keeps clean, the platforms' monthly average commission among them, find nothing.
    for (const rule of [
      'rh.avg_commission_disclosed',
      'rh.fatigue_short',
      'rh.fatigue_daily',
      'rh.min_hourly_pay',
    ])
      expect([rule, await violationsOf(rule)]).toEqual([rule, 0]);
    await screenshot(page, 'simulated-audit-clauses');
    expect(outsideRequests).toEqual([]);
    await context.close();
  }, 400_000);

  it('an officer cancels the audit of a simulated month of delivery orders while it runs', async () => {
    // Three weeks of 2,500 riders (about 1.5 million orders): an audit long enough to be seen running.
    const month = await simulate({
      days: 21,
      scale: 0.25,
      seed: 20261130,
      outDir: path.join(work, 'delivery'),
      industries: ['food_delivery'],
    });
    const { page, context, outsideRequests } = await signedInVisitor(browser(), baseUrl, 'admin');
    const datasetId = await upload(
      page,
      path.join(month.outDir, 'delivery_orders.parquet'),
      '外卖 / 即时配送订单',
      {
        rows: month.rows.delivery_orders!,
      },
    );
    await startAudit(page, '2025年度饿了么（上海）网约配送算法与劳动规则协议', datasetId, month.asOf);
    await page.getByTestId('run-status').getByText('运行中').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: '取消审计' }).click();
    await page
      .locator('.ant-popconfirm:visible')
      .getByRole('button', { name: /^确\s?定$/ })
      .click();
    await page.getByTestId('run-status').getByText('已取消').waitFor({ timeout: 60_000 });
    await screenshot(page, 'audits-run-cancelled');
    await page.goto('/audits');
    await page.getByTestId('audit-runs').getByText('已取消').first().waitFor();
    expect(outsideRequests).toEqual([]);
    await context.close();
  }, 400_000);
});
