import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newVisitor, screenshot, testBrowser } from './support/browser';
import { chooseOption } from './support/forms';
import { signIn, signOut } from './support/people';

const baseUrl = inject('baseUrl');
const browser = testBrowser();

async function openCreateForm(page: Page) {
  await page.getByTestId('create-user').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('用户名').waitFor();
  return dialog;
}

/** Picks an option of a select field of the open dialog (see `chooseOption`). */
function chooseInDialog(page: Page, field: string, option: string, options?: { search?: boolean }) {
  return chooseOption(page, page.getByRole('dialog'), field, option, options);
}

describe('administration', () => {
  it('creates a user who then appears in the list and can sign in; disabling them stops that', async () => {
    const { page, context } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'admin');
    await page.getByTestId('module-nav').getByText('系统管理').click();
    await page.waitForURL('**/admin');
    await page.getByTestId('users-table').getByText('qingpu').waitFor();

    // Required fields are named under each field before anything is sent.
    const dialog = await openCreateForm(page);
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    expect(await dialog.getByText('此项为必填项').count()).toBeGreaterThanOrEqual(4);

    await dialog.getByLabel('用户名').fill('songjiang-officer');
    await dialog.getByLabel('姓名').fill('松江区工会干部');
    await chooseInDialog(page, '角色', '区总工会干部');
    await chooseInDialog(page, '辖区', '松江区', { search: true });
    await dialog.getByLabel('初始密码').fill('Songjiang-2026!');
    await screenshot(page, 'admin-create-user');
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByTestId('user-search').getByRole('searchbox').fill('songjiang');
    await page.getByTestId('user-search').getByRole('searchbox').press('Enter');
    const row = page.getByTestId('users-table').getByRole('row', { name: /songjiang-officer/ });
    await row.getByText('松江区工会干部').waitFor();
    await row.getByText('启用').first().waitFor();
    await screenshot(page, 'admin-users');

    const officer = await newVisitor(browser(), baseUrl);
    await signIn(officer.page, 'songjiang-officer', 'Songjiang-2026!');
    await officer.page.getByText('松江区').first().waitFor();
    await signOut(officer.page);

    await row.getByRole('button', { name: /停\s?用/ }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /停\s?用/ })
      .click();
    await row.getByText('已停用').waitFor();
    await signIn(officer.page, 'songjiang-officer', 'Songjiang-2026!');
    await officer.page.getByTestId('login-error').waitFor();
    await officer.context.close();
    await context.close();
  });

  it("shows the server's objections under the fields they concern", async () => {
    const { page, context } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'admin');
    await page.waitForURL('**/dashboard');
    await page.goto('/admin/users');
    const dialog = await openCreateForm(page);

    // A street officer needs a street, not a district: the server says so under the area.
    await dialog.getByLabel('用户名').fill('minhang-street');
    await dialog.getByLabel('姓名').fill('闵行街镇干部');
    await chooseInDialog(page, '角色', '街镇工会干部');
    await chooseInDialog(page, '辖区', '闵行区', { search: true });
    await dialog.getByLabel('初始密码').fill('Minhang-2026!');
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await dialog.locator('#create-user_area_help').getByText('该角色的辖区必须是以下层级之一').waitFor();

    // A user name that exists already: the conflict shows under the user name.
    await dialog.getByLabel('用户名').fill('qingpu');
    await chooseInDialog(page, '角色', '区总工会干部');
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await dialog
      .locator('#create-user_username_help')
      .getByText(/qingpu/)
      .waitFor();
    await screenshot(page, 'admin-create-user-conflict');
    await dialog.getByRole('button', { name: /取\s?消/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await context.close();
  });

  it('shows sign-ins and failed sign-ins in the audit log, filtered by action', async () => {
    const stranger = await newVisitor(browser(), baseUrl);
    await signIn(stranger.page, 'huangpu', 'wrong-password-1');
    await stranger.page.getByTestId('login-error').waitFor();
    await stranger.context.close();

    const { page, context } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'admin');
    await page.waitForURL('**/dashboard');
    await page.goto('/admin/audit');
    const table = page.getByTestId('audit-table');
    await table.locator('[data-action="session.login"]').first().waitFor();
    await table.getByText('user:admin').first().waitFor();
    // Every action is shown by its name, never its code.
    const shown = await table
      .locator('[data-action]')
      .evaluateAll((cells) => cells.map((cell) => [cell.getAttribute('data-action'), cell.textContent]));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter(([code, text]) => code === text || !/[\u4e00-\u9fff]/.test(text ?? ''))).toEqual([]);

    await page.getByLabel('按操作筛选').click();
    // The filter offers every action, grouped by area of work, and finds them by name.
    const list = page.locator('.ant-select-dropdown:visible');
    await list.locator('.ant-select-item-group').getByText('登录与会话').waitFor();
    await page.getByLabel('按操作筛选').fill('下载');
    await list.locator('.ant-select-item-group').getByText('案件办理').waitFor();
    await list.locator('.ant-select-item-group').getByText('监督文书与专项行动').waitFor();
    await list.locator('.ant-select-item-option').getByText('下载附件', { exact: true }).waitFor();
    await list.locator('.ant-select-item-option').getByText('下载文书', { exact: true }).waitFor();
    await page.getByLabel('按操作筛选').fill('登录');
    await page.locator('.ant-select-item-option').getByText('登录失败', { exact: true }).click();
    await table.locator('[data-action="session.login_failed"]').first().waitFor();
    await table.locator('[data-action="session.login"]').first().waitFor({ state: 'detached' });
    // An entry opens to what the action was done with: why the sign-in failed.
    await table.locator('.ant-table-row-expand-icon').first().click();
    expect(await table.getByTestId('audit-details').first().textContent()).toContain('"reason"');
    const actions = await table
      .locator('[data-action]')
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-action')));
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions)).toEqual(new Set(['session.login_failed']));
    await table.getByText('user:huangpu').first().waitFor();
    await screenshot(page, 'admin-audit-log');
    await context.close();
  });
});
