import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newVisitor, screenshot, testBrowser } from './support/browser';
import { signIn } from './support/people';

const baseUrl = inject('baseUrl');
const browser = testBrowser();

interface Enterprise {
  id: string;
  name: string;
  workers: number;
  version: number;
}

async function firstEnterprise(page: Page): Promise<Enterprise> {
  const response = await page.request.get('/api/registry/enterprises?pageSize=1&sort=workers&order=desc');
  const { items } = (await response.json()) as { items: Enterprise[] };
  return items[0]!;
}

/** What someone else does meanwhile, in another tab of the same session: a direct change through the API. */
async function changeElsewhere(page: Page, enterprise: Enterprise, workers: number) {
  const { csrfToken } = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  const response = await page.request.patch(`/api/registry/enterprises/${enterprise.id}`, {
    headers: { 'x-csrf-token': csrfToken },
    data: { version: enterprise.version, workers },
  });
  expect(response.status()).toBe(200);
}

describe('registry pages', () => {
  it('tells an officer whose edit crossed someone else’s, reloads the record, and saves on the second try', async () => {
    const { page, context } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'qingpu');
    await page.waitForURL('**/dashboard');
    const target = await firstEnterprise(page);
    await page.goto(`/registry/enterprises?q=${encodeURIComponent(target.name)}`);
    const row = page.getByTestId('enterprises-table').getByRole('row', { name: new RegExp(target.name) });
    await row.getByRole('button', { name: /编\s?辑/ }).click();
    const dialog = page.getByRole('dialog');
    const workers = dialog.getByRole('spinbutton', { name: '从业人数' });
    await expect.poll(() => workers.inputValue(), { timeout: 15_000 }).toBe(String(target.workers));
    await workers.fill(String(target.workers + 5));

    await changeElsewhere(page, target, target.workers + 1);
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await dialog.getByTestId('edit-error').getByText('保存前该企业已被他人修改').waitFor();
    await expect.poll(() => workers.inputValue(), { timeout: 15_000 }).toBe(String(target.workers + 1));
    await screenshot(page, 'registry-edit-conflict');

    await workers.fill(String(target.workers + 5));
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText(String(target.workers + 5), { exact: true }).waitFor();
    await context.close();
  });

  it('offers templates that the import accepts as they are, for enterprises and for members', async () => {
    const { page, context } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'qingpu');
    await page.waitForURL('**/dashboard');
    await page.goto('/registry/import');
    for (const kind of ['企业名录（加盟商、服务商、网点、站点）', '会员名单']) {
      await page.getByRole('radio', { name: kind }).check();
      const [template] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('import-template').click(),
      ]);
      // Under the name the browser would save it as: the server tells CSV from XLSX by the name's ending.
      await page.locator('input[type=file]').setInputFiles({
        name: template.suggestedFilename(),
        mimeType: 'text/csv',
        buffer: readFileSync((await template.path())!),
      });
      await page.getByTestId('import-file-name').getByText(template.suggestedFilename()).waitFor();
      await page.getByTestId('import-check').click();
      await page.getByTestId('import-report').getByText('检查通过：1 行都可以导入').waitFor();
    }
    await page.getByText('手机号、身份证号在服务器端立即替换为匿名编号').waitFor();
    await screenshot(page, 'registry-import-members-template');
    await context.close();
  });

  it("lists the members of the officer's district by pseudonym, never by phone number", async () => {
    const { page, context } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'qingpu');
    await page.waitForURL('**/dashboard');
    await page.goto('/registry/members');
    const rows = page.getByTestId('members-table').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    const ids = await rows.locator('td:nth-child(1)').allInnerTexts();
    expect(ids.length).toBe(20);
    expect(ids.some((id) => /1[3-9]\d{9}/.test(id))).toBe(false);
    expect(new Set(await rows.locator('td:nth-child(4)').allInnerTexts())).toEqual(new Set(['青浦区']));
    // Platforms by name, not by their code.
    const platformNames = () => rows.locator('td:nth-child(2)').allInnerTexts();
    await expect
      .poll(async () => (await platformNames()).some((name) => /[\u4e00-\u9fff]/.test(name)), {
        timeout: 15_000,
      })
      .toBe(true);
    await context.close();
  });

  it('opens the organisation tree level by level and shows an organisation with its contact', async () => {
    const { page, context } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'qingpu');
    await page.waitForURL('**/dashboard');
    await page.goto('/registry/organisations');
    const tree = page.getByTestId('organisation-tree');
    const district = tree.getByText('青浦区新就业形态工会联合会');
    await district.waitFor();
    await tree.locator('.ant-tree-switcher').first().click();
    await tree.locator('[data-kind="street_federation"]').first().waitFor();
    const streets = await tree.locator('[data-kind="street_federation"]').count();
    expect(streets).toBeGreaterThan(5);
    await district.click();
    const drawer = page.getByTestId('organisation-drawer');
    await drawer.getByText('联系人').waitFor();
    await drawer.getByText('区新就业形态工会联合会', { exact: true }).waitFor();
    await screenshot(page, 'registry-organisations');
    await context.close();
  });

  it('lists the platforms with and without a union and opens one, also in English', async () => {
    const { page, context } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'admin');
    await page.waitForURL('**/dashboard');
    await page.goto('/registry/platforms');
    const table = page.getByTestId('platforms-table');
    await table.getByRole('link', { name: '极兔速递' }).waitFor();
    expect(await table.locator('tbody tr.ant-table-row').count()).toBe(30);
    expect(await table.getByText('未建会', { exact: true }).count()).toBe(5);
    await screenshot(page, 'registry-platforms');
    await table.getByRole('link', { name: '极兔速递' }).click();
    await page.waitForURL('**/registry/platforms/jt');
    await page.getByTestId('platform-title').getByText('极兔速递').waitFor();
    const rows = page.getByTestId('enterprises-table').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    const platforms = await rows.locator('td:nth-child(3)').allInnerTexts();
    expect(new Set(platforms)).toEqual(new Set(['极兔速递']));

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('tab', { name: 'Platforms' }).waitFor();
    await page.getByRole('button', { name: 'Back to the platforms' }).waitFor();
    // The enterprises' platform is named in English too.
    await rows.locator('td:nth-child(3)').getByText('J&T Express', { exact: true }).first().waitFor();
    expect(new Set(await rows.locator('td:nth-child(3)').allInnerTexts())).toEqual(new Set(['J&T Express']));
    await screenshot(page, 'registry-platform-detail-en');
    await page.getByRole('tab', { name: 'Coverage' }).click();
    await page.getByText('Union founding rate by district').waitFor();
    await page.getByTestId('coverage-map').waitFor();
    await screenshot(page, 'registry-coverage-en');
    // Streets in pinyin with their district, as districts are.
    await page.getByTestId('dimension-select').getByText('By street').click();
    await page.getByTestId('coverage-table').getByText('Xujing Town, Qingpu', { exact: true }).waitFor();
    // The choice is stored with the account: give the administrator back Chinese, as the other tests expect.
    const saved = page.waitForResponse((response) => response.url().endsWith('/api/session/preferences'));
    await page.getByRole('button', { name: '中文' }).click();
    expect((await saved).status()).toBe(200);
    await page.getByRole('tab', { name: '平台' }).waitFor();
    await context.close();
  });
});
