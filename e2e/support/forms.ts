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

/**
 * Types `typed` into a searchable select (by its label, within `scope`) and clicks the first option matching
 * `option`, then waits until the field shows it as chosen (see `pickIn`).
 */
export async function pickOption(
  page: Page,
  scope: Page | Locator,
  field: string,
  typed: string,
  option: string | RegExp,
): Promise<void> {
  const select = scope
    .locator('.ant-form-item')
    .filter({ has: page.getByLabel(field, { exact: true }) })
    .locator('.ant-select')
    .first();
  await pickIn(page, select, typed, option, field);
}

/**
 * Types `typed` into a select (its root element, `.ant-select` or the element given a test id) and
 * clicks the first option matching `option`, then waits until the select shows it as chosen. A click that lands
 * while the list is still moving (on a loaded machine) leaves the select empty, and the form would be sent
 * without it; such a click is repeated. Works for single and multiple selects: a multiple one keeps its list open
 * after the choice.
 */
export async function pickIn(
  page: Page,
  select: Locator,
  typed: string,
  option: string | RegExp,
  name = 'the select',
): Promise<void> {
  const input = select.getByRole('combobox');
  const chosen = select
    // A multiple select shows each choice as a tag; a single one shows its choice as the field's value.
    .locator('.ant-select-selection-item, .ant-select-content-has-value')
    .filter({ hasText: option });
  const before = await chosen.count();
  for (let attempt = 0; attempt < 3; attempt++) {
    await input.click();
    // A select without search only opens its list; the option is then found among all of them.
    if (await input.isEditable()) await input.fill(typed);
    const listed = page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: option })
      .first();
    // An option already taken is not clicked again: in a multiple select that would take it back.
    const taken = await listed.evaluate((item) => item.classList.contains('ant-select-item-option-selected'));
    if (!taken) await listed.click();
    for (const deadline = Date.now() + 5_000; Date.now() < deadline;) {
      if ((await chosen.count()) > before) return;
      await page.waitForTimeout(100);
    }
  }
  throw new Error(`${name} did not take the option ${String(option)} after three clicks`);
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
