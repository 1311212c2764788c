import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
const screenshotDir = path.join(repoRoot, 'artifacts', 'screenshots');
const failureDir = path.join(repoRoot, 'artifacts', 'failures');

/** The pages of this file's visitors still open: what a failed test left on the screen. */
const openPages = new Set<Page>();

/** What the product was saying on each open page when a test failed, printed, and its screenshot kept. */
async function recordFailure(testName: string): Promise<void> {
  mkdirSync(failureDir, { recursive: true });
  let n = 0;
  for (const page of openPages) {
    n += 1;
    const file = path.join(
      failureDir,
      `${testName.replace(/[^\w\u4e00-\u9fff-]+/g, '-').slice(0, 80)}-${n}.png`,
    );
    try {
      await page.screenshot({ path: file, timeout: 10_000 });
      const said = await page
        .locator(
          '.ant-message-notice-content, .ant-form-item-explain-error, .ant-alert-message, [role="alert"]',
        )
        .allInnerTexts();
      console.error(
        `[failed] ${testName}: page ${n} at ${page.url()} (${file}); showing: ${said.join(' | ') || '—'}`,
      );
    } catch (error) {
      console.error(`[failed] ${testName}: page ${n} at ${page.url()} could not be read: ${String(error)}`);
    }
  }
}

// Debian's Chromium, never a downloaded browser; flags that keep it quiet and offline.
const chromiumPath = '/usr/bin/chromium';
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const desktop = { width: 1366, height: 768 };
export const phone = { width: 390, height: 844 };

/**
 * Playwright gives each launch a fresh temporary profile (its own user-data-dir), removed on close. Headless, it
 * hides the scroll bars; `scrollbars` keeps them, taking their width from the page as on a person's screen.
 */
function launchBrowser(scrollbars: boolean): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', ...chromiumArgs],
    ...(scrollbars ? { ignoreDefaultArgs: ['--hide-scrollbars'] } : {}),
  });
}

/**
 * The browser of one test file: launched before its tests and closed after them. Returns the way to reach it,
 * for use inside the tests. With `scrollbars`, its pages show scroll bars as a desktop browser does (for tests of
 * what fits a screen's width).
 */
export function testBrowser({ scrollbars = false } = {}): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser(scrollbars);
  });
  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(() => recordFailure(task.name));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is launched before the tests');
    return browser;
  };
}

let nextAddress = 10;

export interface Visitor {
  context: BrowserContext;
  page: Page;
  /** Requests the page tried to send anywhere but the product: each one is a bug (no outside calls). */
  outsideRequests: string[];
}

/**
 * A new person at their own browser: separate cookies and storage, their own client address for the server's
 * per-address limits, Chinese locale and Shanghai time, and every request outside the product blocked and recorded.
 */
export async function newVisitor(
  browser: Browser,
  baseUrl: string,
  viewport: { width: number; height: number } = desktop,
  timezoneId = 'Asia/Shanghai',
): Promise<Visitor> {
  nextAddress += 1;
  const context = await browser.newContext({
    viewport,
    locale: 'zh-CN',
    // The product's people are in Shanghai, unless a test sends one abroad (see `zoneAwayFromShanghai`).
    timezoneId,
    baseURL: baseUrl,
    extraHTTPHeaders: { 'x-forwarded-for': `10.20.${process.pid % 250}.${nextAddress % 250}` },
    isMobile: viewport.width < 600,
    hasTouch: viewport.width < 600,
  });
  // The first test files share the machine with the server's start-up work (the demo seed and its audit run).
  context.setDefaultTimeout(60_000);
  const outsideRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl) || url.startsWith('data:')) return route.continue();
    outsideRequests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  openPages.add(page);
  page.on('close', () => openPages.delete(page));
  return { context, page, outsideRequests };
}

/**
 * A time zone whose calendar day differs from Shanghai's at this moment: twelve hours behind UTC until 20:00 in
 * Shanghai (still the day before there), fourteen hours ahead from 18:00 (already the day after). A browser there
 * shows what a worker or officer travelling, or a phone with a foreign clock, would see.
 */
export function zoneAwayFromShanghai(now = new Date()): string {
  const shanghaiHour = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', hourCycle: 'h23' }).format(
      now,
    ),
  );
  return shanghaiHour < 19 ? 'Etc/GMT+12' : 'Pacific/Kiritimati';
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
