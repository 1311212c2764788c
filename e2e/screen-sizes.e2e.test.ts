import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { desktop, phone, screenshot, testBrowser } from './support/browser';
import { restoreChinese, signedInVisitor } from './support/people';

const baseUrl = inject('baseUrl');
// Scroll bars shown, as on a person's screen: they take their width from the page.
const browser = testBrowser({ scrollbars: true });

const signedIn = (username: string, viewport = desktop) =>
  signedInVisitor(browser(), baseUrl, username, viewport);

/**
 * A page longer than the screen, as a list of any length makes it: the window's scroll bar is always there, so
 * that a table is measured in the width a person's browser leaves it.
 */
async function withScrollBar(page: Page): Promise<void> {
  await page.addStyleTag({ content: 'html { overflow-y: scroll; }' });
}

/** How much wider a table's rows are than the space it shows them in (0 when it needs no sideways scrolling). */
async function overflowOf(table: Locator): Promise<number> {
  await table.locator('tbody tr.ant-table-row').first().waitFor();
  await table.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
  return table
    .locator('.ant-table-content, .ant-table-body')
    .first()
    .evaluate((body) => body.scrollWidth - body.clientWidth);
}

/**
 * The dates and times (2025-05-01, 2026-12-05 03:06:38, 2025-05) inside `scope` that the page breaks across two
 * lines, each with where it is.
 */
function brokenDates(scope: Locator): Promise<string[]> {
  return scope.evaluate((root) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of (node.textContent ?? '').matchAll(
        /\d{4}-\d{2}(-\d{2})?( \d{2}:\d{2}(:\d{2})?)?/g,
      )) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set(
          [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
        );
        if (lines.size > 1) broken.push(`${match[0]} in “${node.parentElement?.textContent?.slice(0, 40)}”`);
      }
    }
    return broken;
  });
}

describe('what fits the screens people use', () => {
  it('on a 1,366-pixel laptop screen the long lists fit without sideways scrolling, dates on one line', async () => {
    const officer = await signedIn('qingpu');
    const { page } = officer;
    const lists = [
      { path: '/data', testId: 'dataset-catalogue', shot: 'fit-1366-data-catalogue' },
      { path: '/cases', testId: 'cases-table', shot: 'fit-1366-cases' },
      { path: '/agreements', testId: 'agreement-list', shot: 'fit-1366-agreements' },
      { path: '/audits/findings?state=open', testId: 'across-findings', shot: 'fit-1366-findings' },
    ];
    for (const list of lists) {
      await page.goto(list.path);
      await withScrollBar(page);
      const table = page.getByTestId(list.testId);
      expect({ list: list.testId, overflow: await overflowOf(table) }).toEqual({
        list: list.testId,
        overflow: 0,
      });
      expect(await brokenDates(table)).toEqual([]);
      await screenshot(page, list.shot);
    }
    // The findings (the last list) name their agreement readably, the whole title when pointed at.
    const agreement = page
      .getByTestId('across-findings')
      .locator('tbody tr.ant-table-row td:nth-child(2)')
      .first();
    expect((await agreement.boundingBox())?.width).toBeGreaterThanOrEqual(140);
    await agreement.locator('a').hover();
    await page.getByRole('tooltip').getByText('2025年度饿了么（上海）网约配送算法与劳动规则协议').waitFor();

    // A run's own findings, with the boxes to pick findings for a case.
    await page.goto('/audits');
    await page.getByTestId('audit-runs').locator('tbody tr.ant-table-row a').first().click();
    await page.waitForURL(/\/audits\/runs\/[0-9a-f-]{36}$/);
    await page.getByRole('tab', { name: '审计发现' }).click();
    await withScrollBar(page);
    expect(await overflowOf(page.getByTestId('audit-findings'))).toBe(0);
    await screenshot(page, 'fit-1366-run-findings');
    await officer.context.close();

    const mediator = await signedIn('mediator');
    await mediator.page.goto('/mediation');
    await withScrollBar(mediator.page);
    const requests = mediator.page.getByTestId('mediation-table');
    expect(await overflowOf(requests)).toBe(0);
    expect(await brokenDates(requests)).toEqual([]);
    await screenshot(mediator.page, 'fit-1366-mediation');
    await mediator.context.close();
  });

  it('on a phone the dates in lists stay on one line, and the agreements list stays within the screen', async () => {
    const worker = await signedIn('rider', phone);
    const complaints = worker.page.getByTestId('my-complaints');
    await complaints.locator('.ant-list-item').first().waitFor();
    await worker.page.getByTestId('me-agreements').locator('.ant-list-item').first().waitFor();
    expect(await brokenDates(worker.page.locator('main'))).toEqual([]);
    await screenshot(worker.page, 'fit-phone-me');
    await worker.context.close();

    const officer = await signedIn('qingpu', phone);
    const { page } = officer;
    for (const [path, testId] of [
      ['/agreements', 'agreement-list'],
      ['/cases', 'cases-table'],
      ['/data', 'dataset-catalogue'],
    ] as const) {
      await page.goto(path);
      const list = page.getByTestId(testId);
      await list.locator('tbody tr.ant-table-row').first().waitFor();
      expect({ path, broken: await brokenDates(list) }).toEqual({ path, broken: [] });
      // A wide table scrolls within itself; the page does not.
      const pageOverflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect({ path, pageOverflow }).toEqual({ path, pageOverflow: 0 });
    }
    await page.goto('/agreements');
    await page.getByTestId('agreement-list').locator('tbody tr.ant-table-row').first().waitFor();
    await screenshot(page, 'fit-phone-agreements');
    await officer.context.close();

    const mediator = await signedIn('mediator', phone);
    await mediator.page.goto('/mediation');
    const requests = mediator.page.getByTestId('mediation-table');
    await requests.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await brokenDates(requests)).toEqual([]);
    await mediator.context.close();
  });

  it('the side navigation gives every module its whole name, in English too', async () => {
    const { page, context } = await signedIn('xujing');
    try {
      await page.getByTestId('language-switch').click();
      const navigation = page.getByTestId('module-nav');
      await navigation.getByText('Organisations & coverage').waitFor();
      expect(await navigation.getByRole('menuitem').count()).toBeGreaterThan(3);
      // Each name laid out inside its item, none running past it (an ellipsis only hides what runs past).
      const cut = await navigation.locator('.ant-menu-title-content').evaluateAll((names) =>
        names
          .filter((name) => {
            const item = name.closest('li')!;
            const text = document.createRange();
            text.selectNodeContents(name);
            const end = item.getBoundingClientRect().right - parseFloat(getComputedStyle(item).paddingRight);
            return text.getBoundingClientRect().right > end + 0.5;
          })
          .map((name) => name.textContent),
      );
      expect(cut).toEqual([]);
      await screenshot(page, 'fit-navigation-en');
    } finally {
      await restoreChinese(page);
    }
    await context.close();
  });
});
