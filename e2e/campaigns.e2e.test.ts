import { describe, expect, inject, it } from 'vitest';
import { caseStatusNames, type CaseStatus } from '@gigpact/contracts';
import { screenshot, testBrowser } from './support/browser';
import { chooseOption, csrfOf } from './support/forms';
import { signedInVisitor } from './support/people';

const baseUrl = inject('baseUrl');
const browser = testBrowser();

// A two-character antd button reads "保 存".
const button = (text: string) => new RegExp([...text].join('\\s?'));

/** Today's date in Shanghai, as the server dates inspections. */
const todayInShanghai = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

describe('campaigns', () => {
  it('records an inspection linked to the target’s case, and the roll-up counts it', async () => {
    const { page, context } = await signedInVisitor(browser(), baseUrl, 'qingpu');
    // The demo's supervision case names a Qingpu ZTO franchisee of the registry: that target has a case.
    const listed = (await (await page.request.get('/api/cases?pageSize=100')).json()) as {
      items: { id: string; number: string; title: string; status: CaseStatus }[];
    };
    const ofFranchisee = listed.items.find((c) => c.title.endsWith('拖欠快递员派费'));
    expect(ofFranchisee).toBeDefined();
    const { number, title, status } = ofFranchisee!;
    const franchisee = title.replace(/拖欠快递员派费$/, '');

    await page.goto('/cases/campaigns/new');
    await page.getByLabel('名称').fill('青浦区快递加盟商派费专项排查（立案关联）');
    await chooseOption(page, page, '行业', '快递');
    await page.getByLabel('检查清单（每行一项）').fill('派费是否直达快递员\n是否签订用工协议');
    await page.getByRole('button', { name: '开展专项排查' }).click();
    await page.waitForURL(/\/cases\/campaigns\/[0-9a-f-]{36}$/);
    const figures = page.getByTestId('campaign-figures');
    const figure = async (key: string) =>
      Number(
        (
          await figures.getByTestId(`figure-${key}`).locator('.ant-statistic-content-value').innerText()
        ).replace(/,/g, ''),
      );
    const rows = page.getByTestId('campaign-targets').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await figure('checked')).toBe(0);
    expect(await figure('casesFiled')).toBe(0);

    // The targets are listed by name, 20 a page: page on to the franchisee.
    const row = rows.filter({ hasText: franchisee });
    for (let pages = 0; (await row.count()) === 0 && pages < 30; pages++) {
      await page.locator('.ant-pagination-next').click();
      await page.waitForTimeout(300);
    }
    await row.getByRole('button', { name: '登记检查' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: '发现问题' }).check();
    await dialog.getByRole('checkbox', { name: '是否签订用工协议' }).check();
    await dialog.getByLabel('覆盖劳动者').fill('42');
    await chooseOption(page, dialog, '立案案件', `${number} ${title}（${caseStatusNames[status].zh}）`);
    await dialog.getByRole('checkbox', { name: '已发出指导' }).check();
    await dialog.getByRole('button', { name: button('保存') }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => figure('checked'), { timeout: 15_000 }).toBe(1);
    expect(await figure('casesFiled')).toBe(1);
    expect(await figure('issuesFound')).toBe(1);
    expect(await figure('workersCovered')).toBe(42);
    expect(await figure('guidanceSent')).toBe(1);
    await row.getByTestId('target-case').getByText(number).waitFor();
    await row.getByText('青浦区总工会').waitFor();
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, 'campaign-inspection-linked-case');

    // Another officer records an inspection while this one has the form open: saving it is refused.
    await row.getByRole('button', { name: '登记检查' }).click();
    await dialog.getByTestId('last-inspection').getByText('青浦区总工会').waitFor();
    const campaignApi = new URL(page.url()).pathname.replace('/cases/', '/api/supervision/');
    const seen = (await (await page.request.get(`${campaignApi}/targets?pageSize=100`)).json()) as {
      items: { id: string; name: string; version: number }[];
    };
    const target = seen.items.find((t) => t.name === franchisee);
    expect(target?.version).toBe(2);
    const elsewhere = await page.request.put(`${campaignApi}/targets/${target!.id}`, {
      headers: { 'x-csrf-token': await csrfOf(page) },
      data: { checkedOn: todayInShanghai(), result: 'compliant', version: 2 },
    });
    expect(elsewhere.status()).toBe(200);
    await dialog.getByRole('radio', { name: '合规' }).check();
    await dialog.getByRole('button', { name: button('保存') }).click();
    await page.getByText('已重新载入最新的检查结果，请核对后再登记。').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    // The other officer's inspection, without a case, is what the roll-up now counts.
    await expect.poll(() => figure('casesFiled'), { timeout: 15_000 }).toBe(0);
    expect(await figure('issuesFound')).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'campaign-inspection-crossed');

    await context.close();
  });
});
