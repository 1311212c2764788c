import type { Locator, Page } from 'playwright-core';

/**
 * Waits until no select list is open. Two lists may be closing at once (one field's after another's), so this
 * counts them rather than expecting one.
 */
export async function selectListsClosed(page: Page, timeoutMs = 10_000): Promise<boolean> {
  const open = page.locator('.ant-select-dropdown:visible');
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    if ((await open.count()) === 0) return true;
    await page.waitForTimeout(100);
  }
  return false;
}

/**
 * Closes the open select lists of a dialog as a mouse user does, with a click on the dialog's title: Escape would
 * close the dialog itself when the list had already closed.
 */
export async function closeSelectLists(page: Page): Promise<void> {
  await page.getByRole('dialog').locator('.ant-modal-title').click();
  if (!(await selectListsClosed(page))) throw new Error('a select list stayed open after a click beside it');
}

/**
 * Opens a select field (by its label, within `scope`) and picks an option; a searchable one by typing it. A
 * clicked option's list closes once the choice is taken; when it is still open (a click that landed while it
 * was moving, on a loaded machine), the option is clicked again.
 */
export async function chooseOption(
  page: Page,
  scope: Page | Locator,
  field: string | RegExp,
  option: string,
  { search = false } = {},
): Promise<void> {
  const input = scope.getByLabel(field, { exact: typeof field === 'string' });
  await input.click();
  if (search) {
    // As a keyboard user does: type, and Enter takes the first match.
    await input.fill(option);
    await page.locator('.ant-select-dropdown:visible').getByText(option, { exact: true }).first().waitFor();
    await input.press('Enter');
    return;
  }
  const openList = page.locator('.ant-select-dropdown:visible');
  const choice = openList
    .locator('.ant-select-item-option, .ant-select-tree-treenode')
    .getByText(option, { exact: true })
    .first();
  for (let attempt = 0; attempt < 3; attempt++) {
    await choice.click();
    if (await selectListsClosed(page)) return;
  }
  throw new Error(`the list of ${String(field)} stayed open after choosing ${option}`);
}

/** A one-pixel PNG: a real image as far as the server's check of the first bytes goes. */
export const tinyPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** The CSRF token of the page's session, for a change made "elsewhere" straight through the API. */
export async function csrfOf(page: Page): Promise<string> {
  const { csrfToken } = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  return csrfToken;
}
