import { describe, expect, inject, it } from 'vitest';
import { newVisitor, screenshot, testBrowser } from './support/browser';
import { chooseOption } from './support/forms';
import { signIn } from './support/people';

const baseUrl = inject('baseUrl');
const browser = testBrowser();

describe('dashboard figures', () => {
  it('shows the city the union’s figures, each opening the list behind it', async () => {
    const { page, context } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'admin');
    await page.waitForURL('**/dashboard');
    const figures = page.getByTestId('dashboard-figures');
    await figures.getByText('已建会平台').waitFor();
    expect(await figures.textContent()).toMatch(/已建会平台\s*25\s*\/\s*30/);
    await screenshot(page, 'dashboard-figures-city');
    const inForce = figures.getByRole('link', { name: '生效中的协议' });
    const figure = Number(
      (await inForce.locator('.ant-statistic-content-value').textContent())?.replace(/,/g, ''),
    );
    expect(figure).toBeGreaterThanOrEqual(3);
    await inForce.click();
    await page.waitForURL('**/agreements?status=in_force');
    // The list opens filtered to the agreements in force, and counts as many as the figure.
    await page.getByTestId('agreement-status-filter').getByText('生效中').waitFor();
    await page.getByTestId('agreement-count').getByText(`共 ${figure} 份协议`).waitFor();
    expect(await page.locator('.ant-table-tbody .ant-tag', { hasText: /^生效中$/ }).count()).toBe(figure);
    expect(await page.locator('.ant-table-tbody .ant-tag', { hasText: /^(草案|已被替代)$/ }).count()).toBe(0);
    await screenshot(page, 'dashboard-agreements-in-force');

    // All statuses again, from the filter.
    await chooseOption(page, page, '状态', '全部状态');
    await page.waitForURL((url) => url.pathname === '/agreements' && !url.searchParams.has('status'));
    await context.close();
  });

  it('shows the monthly trend and the district map of the user’s area, loaded after the figures', async () => {
    const { page, context, outsideRequests } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'admin');
    await page.waitForURL('**/dashboard');
    const coverage = page.getByTestId('dashboard-coverage');
    const map = coverage.getByTestId('coverage-map');
    const trend = coverage.getByTestId('coverage-trend');
    await map.waitFor();
    await trend.waitFor();
    expect(Number(await trend.getAttribute('data-points'))).toBe(12);
    expect(Number(await map.getAttribute('data-tiles'))).toBe(16);
    // Every district of the city is drawn with a rate.
    expect((await map.getAttribute('data-drawn'))?.split(' ')).toHaveLength(16);
    await coverage.getByRole('img', { name: '各区覆盖率地图' }).waitFor();
    await coverage.getByRole('img', { name: '覆盖率月度趋势图' }).waitFor();
    await coverage.scrollIntoViewIfNeeded();
    await page.waitForTimeout(500); // the charts' entry animation
    await screenshot(page, 'dashboard-coverage-city');

    // A district officer sees their own district.
    const district = await newVisitor(browser(), baseUrl);
    await signIn(district.page, 'qingpu');
    await district.page.waitForURL('**/dashboard');
    const districtMap = district.page.getByTestId('dashboard-coverage').getByTestId('coverage-map');
    await districtMap.waitFor();
    expect(await districtMap.getAttribute('data-drawn')).toMatch(/^\S+=\S+$/);
    await district.page.getByTestId('dashboard-coverage').getByTestId('coverage-trend').waitFor();
    expect(outsideRequests).toEqual([]);
    expect(district.outsideRequests).toEqual([]);
    await district.context.close();
    await context.close();
  });

  it('shows a platform representative only what they may open', async () => {
    const { page, context } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'eleme');
    await page.waitForURL('**/dashboard');
    const figures = page.getByTestId('dashboard-figures');
    await figures.getByText('生效中的协议').waitFor();
    expect(await figures.getByText('已建会平台').count()).toBe(0);
    // No coverage charts for a role without the registry.
    await page.getByTestId('module-nav').waitFor();
    expect(await page.getByTestId('dashboard-coverage').count()).toBe(0);
    await context.close();
  });
});
