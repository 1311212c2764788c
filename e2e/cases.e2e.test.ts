import { readFile } from 'node:fs/promises';
import { findWorkday } from 'chinese-days';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { phone, screenshot, testBrowser, zoneAwayFromShanghai } from './support/browser';
import { chooseOption, csrfOf, tinyPng } from './support/forms';
import { restoreChinese, signedInVisitor } from './support/people';

const baseUrl = inject('baseUrl');
const browser = testBrowser();

// A two-character antd button reads "确 认"; its name may also carry the icon of a loading state just ended.
const button = (text: string) => new RegExp([...text].join('\\s?'));

const signedIn = (username: string, viewport?: { width: number; height: number }, timezoneId?: string) =>
  signedInVisitor(browser(), baseUrl, username, viewport, timezoneId);

/** Takes a workflow step from the case page: the button, then the confirmation with an optional note. */
async function step(page: Page, label: string, note?: string) {
  await page.getByTestId('case-actions').getByRole('button', { name: label }).click();
  const dialog = page.getByRole('dialog');
  if (note) await dialog.getByLabel(/办理说明|移送说明/).fill(note);
  await dialog.getByRole('button', { name: button('确认') }).click();
  await dialog.waitFor({ state: 'hidden' });
}

let complaintId = '';
let complaintNumber = '';
let letterNumber = '';
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('cases, from a worker’s phone to the procuratorate', () => {
  it('lets a worker complain from a phone, with a photo, after telling them what is missing', async () => {
    const { page, context, outsideRequests } = await signedIn('rider', phone);
    await page.getByTestId('new-complaint').click();
    await page.waitForURL('**/me/complaints/new');
    await page.getByTestId('complaint-submit').click();
    await page.getByText('请选择问题类型').waitFor();
    await page.getByText('请选择所在区').waitFor();
    await page.getByText('请至少写 5 个字说明发生了什么').waitFor();
    await screenshot(page, 'cases-complaint-validation-phone');

    await page.getByRole('radio', { name: '欠薪' }).check();
    await page.getByLabel('站点或加盟商名称').fill('青浦徐泾某快递站点');
    await page.getByLabel('发生了什么').fill('十月份的派送报酬 2400 元至今未发，站点负责人一直推脱。');
    await page.getByLabel('涉及金额（元）').fill('2400');
    await chooseOption(page, page, '所在区', '青浦区', { search: true });
    await expect.poll(() => page.getByLabel('所在街镇').isEnabled(), { timeout: 15_000 }).toBe(true);
    await chooseOption(page, page, '所在街镇', '徐泾镇', { search: true });
    await page.getByLabel('您的姓名').fill('赵小川');
    await page.getByLabel('手机号').fill('13912345678');
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: '工资单.png', mimeType: 'image/png', buffer: tinyPng });
    await page.getByTestId('complaint-files').getByText('工资单.png').waitFor();
    await page.getByTestId('complaint-submit').click();

    await page.waitForURL(/\/me\/complaints\/[0-9a-f-]{36}$/);
    complaintId = page.url().split('/').pop()!;
    const filed = (await (await page.request.get(`/api/cases/${complaintId}`)).json()) as { street: string };
    expect(filed.street).toBe('310118106');
    const detail = page.getByTestId('complaint-detail');
    await detail.getByTestId('complaint-status').getByText('待受理').waitFor();
    await detail.getByText('工资单.png').waitFor();
    // The worker sees by when the union must have reviewed it, as the officers do.
    await detail.getByTestId('case-deadlines').getByText('受理审查').waitFor();
    complaintNumber = (await detail.locator('.ant-descriptions-item-content').first().innerText()).trim();
    expect(complaintNumber).toMatch(/维权/);
    // Nothing wider than the phone: the form and its result fit 390 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'cases-complaint-filed-phone');
    await page.goto('/me');
    await page.getByTestId('my-complaints').getByText(complaintNumber, { exact: false }).waitFor();
    // The demo rider's earlier complaint is past its review deadline: the list says so.
    await page.getByTestId('my-complaints').getByTestId('complaint-overdue').first().waitFor();
    expect(outsideRequests).toEqual([]);
    await context.close();
  });

  it('lets the street officer triage it, put it under supervision and issue a 意见书 with its deadline', async () => {
    const { page, context } = await signedIn('xujing');
    await page.goto(`/cases/${complaintId}`);
    await page.getByTestId('case-parties').getByText('赵小川').waitFor();
    await step(page, '转为"审查分流"', '材料齐全，受理');
    await page.getByTestId('case-status').getByText('审查分流').waitFor();
    await step(page, '转为"劳动法律监督"');
    await page.getByTestId('case-status').getByText('劳动法律监督').waitFor();

    await page.getByTestId('case-letters').getByRole('button', { name: '制发函书' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('法定期限：15 个工作日').waitFor();
    // A street union issues reminders and opinions, never a recommendation.
    await dialog.getByLabel('种类').click();
    const kinds = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await expect.poll(() => kinds.allInnerTexts()).toEqual(['提示函', '意见书']);
    await kinds.getByText('意见书', { exact: true }).click();
    await dialog.getByLabel('送达单位').fill('青浦徐泾某快递站点');
    await dialog.getByLabel('认定事实').fill('该站点拖欠快递员赵某十月份派送报酬 2400 元。');
    await dialog
      .getByLabel('监督意见与要求')
      .fill('请于收到本意见书之日起十五个工作日内足额支付并书面答复。');
    await dialog.getByRole('button', { name: '制发函书' }).click();
    await page.getByText(/已制发 .*劳监意.*，应于 \d{4}-\d{2}-\d{2} 前答复/).waitFor();
    const row = page.getByTestId('case-letters').getByRole('row', { name: /意见书/ });
    await row.getByText('待答复').waitFor();
    const issuedOn = (await row.locator('td').nth(3).innerText()).trim();
    const due = (await row.locator('td').nth(4).innerText()).trim();
    expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The employer answers within 15 Chinese working days, the day of issue not counted.
    expect(due).toBe(findWorkday(15, issuedOn));
    letterNumber = (await row.locator('td').nth(1).innerText()).trim();
    await page
      .getByTestId('case-deadlines')
      .getByText(/15 个工作日 · .* → /)
      .waitFor();
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: 'DOCX' }).click(),
    ]);
    expect(docx.suggestedFilename()).toMatch(/劳监意.*\.docx$/);
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: 'PDF' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/劳监意.*\.pdf$/);
    expect((await readFile(await pdf.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.getByTestId('case-timeline').getByText('制发函书').waitFor();
    await page
      .getByTestId('case-timeline')
      .getByText(`意见书 ${letterNumber}，应于 ${due} 前书面答复`)
      .waitFor();
    await screenshot(page, 'cases-opinion-letter');

    // The employer's written answer arrives and is recorded against the letter, by the officer on a laptop
    // whose clock is set to a time zone where it is another day: the form still means Shanghai's today.
    const abroad = await signedIn('xujing', undefined, zoneAwayFromShanghai());
    await abroad.page.goto(`/cases/${complaintId}`);
    const abroadRow = abroad.page.getByTestId('case-letters').getByRole('row', { name: /意见书/ });
    await abroadRow.getByRole('button', { name: '记录答复' }).click();
    const answer = abroad.page.getByRole('dialog', { name: /记录答复/ });
    expect(await answer.getByLabel('答复日期').inputValue()).toBe(issuedOn);
    await answer.getByLabel('答复内容').fill('站点已于当日足额支付十月派送报酬，并承诺按月结算。');
    await answer.getByRole('button', { name: button('保存') }).click();
    await answer.waitFor({ state: 'hidden' });
    await abroadRow.getByText('已答复').waitFor();
    await abroad.context.close();
    await page.reload();
    await row.getByText('已答复').waitFor();
    await page
      .getByTestId('case-timeline')
      .getByText(new RegExp(`意见书 ${escaped(letterNumber)} 已于 ${issuedOn} 答复`))
      .waitFor();

    await page.goto('/cases/letters');
    await page
      .getByTestId('letters-table')
      .getByRole('row', { name: new RegExp(complaintNumber) })
      .getByText(due)
      .waitFor();
    await context.close();
  });

  it('keeps a Qingpu case that was not referred from the procurator, in the list and by its address', async () => {
    const { page, context } = await signedIn('procurator');
    await page.goto('/cases');
    const table = page.getByTestId('cases-table');
    await table.locator('tbody tr.ant-table-row, .ant-empty').first().waitFor();
    await expect.poll(() => table.locator('.ant-spin-spinning').count()).toBe(0);
    expect(await table.getByText(complaintNumber).count()).toBe(0);
    const listed = (await (await page.request.get('/api/cases?pageSize=100')).json()) as {
      items: { id: string }[];
    };
    expect(listed.items.map((c) => c.id)).not.toContain(complaintId);
    await page.goto(`/cases/${complaintId}`);
    await page.getByText('案件不存在或不在您的辖区').waitFor();
    expect((await page.request.get(`/api/cases/${complaintId}`)).status()).toBe(404);
    await screenshot(page, 'cases-procurator-refused');
    await context.close();
  });

  it('lets the district refer it; the procurator sees it, another district does not', async () => {
    const district = await signedIn('qingpu');
    await district.page.goto(`/cases/${complaintId}`);
    await district.page.getByTestId('case-actions').getByRole('button', { name: '移送检察院' }).click();
    const dialog = district.page.getByRole('dialog');
    await dialog.getByLabel('移送说明').fill('用人单位逾期未答复意见书，移送检察院依法监督。');
    await dialog.getByRole('button', { name: button('确认') }).click();
    await district.page.getByTestId('case-status').getByText('移送检察院').waitFor();
    await district.context.close();

    const procurator = await signedIn('procurator');
    await procurator.page.goto('/cases');
    await procurator.page.getByTestId('case-notifications').getByText(new RegExp(complaintNumber)).waitFor();
    await procurator.page.getByTestId('cases-table').getByText(complaintNumber).click();
    await procurator.page.getByTestId('case-detail').getByText('青浦区').first().waitFor();
    // The procurator records outcomes but takes no workflow step.
    expect(await procurator.page.getByTestId('case-actions').count()).toBe(0);
    await procurator.page.getByTestId('case-outcomes').getByRole('button', { name: '记录结果' }).click();
    const outcome = procurator.page.getByRole('dialog', { name: '记录结果' });
    await outcome.getByLabel('作出机关').fill('青浦区人民检察院');
    await outcome.getByLabel('说明').fill('向区人社局制发检察建议，督促依法查处。');
    await outcome.getByRole('button', { name: button('保存') }).click();
    await outcome.waitFor({ state: 'hidden' });
    await procurator.page
      .getByTestId('case-outcomes')
      .getByRole('row', { name: /检察建议.*青浦区人民检察院/ })
      .waitFor();
    await procurator.page
      .getByTestId('case-timeline')
      .getByText(/^检察建议（青浦区人民检察院，/)
      .waitFor();
    await screenshot(procurator.page, 'cases-referral-procurator');
    await procurator.context.close();

    const other = await signedIn('huangpu');
    await other.page.goto('/cases');
    await other.page.getByTestId('cases-table').locator('tbody tr.ant-table-row').first().waitFor();
    expect(await other.page.getByTestId('cases-table').getByText(complaintNumber).count()).toBe(0);
    await other.page.goto(`/cases/${complaintId}`);
    await other.page.getByText('案件不存在或不在您的辖区').waitFor();
    await other.context.close();
  });

  it('lets the district record the rectification, close the case and reopen it', async () => {
    const { page, context } = await signedIn('qingpu');
    await page.goto(`/cases/${complaintId}`);
    const outcomes = page.getByTestId('case-outcomes');
    const record = async (
      kind: string,
      authority: string,
      more?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
    ) => {
      await outcomes.getByRole('button', { name: '记录结果' }).click();
      const dialog = page.getByRole('dialog', { name: '记录结果' });
      await chooseOption(page, dialog, '结果', kind);
      await dialog.getByLabel('作出机关').fill(authority);
      if (more) await more(dialog);
      await dialog.getByRole('button', { name: button('保存') }).click();
      await dialog.waitFor({ state: 'hidden' });
      await outcomes.getByRole('row', { name: new RegExp(kind) }).waitFor();
    };
    await record('责令整改', '青浦区人力资源和社会保障局', (dialog) =>
      dialog.getByLabel('整改期限（工作日）').fill('10'),
    );
    await page.getByTestId('case-deadlines').getByText('10 个工作日', { exact: false }).waitFor();
    await record('整改完成', '青浦区人力资源和社会保障局');
    // Recording the rectification meets its period.
    await page
      .getByTestId('case-deadlines')
      .locator('.ant-list-item', { hasText: '10 个工作日' })
      .getByText('已完成')
      .waitFor();

    await step(page, '转为"整改与办结"', '整改到位，拟办结');
    await page.getByTestId('case-status').getByText('整改与办结').waitFor();
    await step(page, '转为"已结案"', '派费已足额支付，结案');
    await page.getByTestId('case-status').getByText('已结案').waitFor();
    await screenshot(page, 'cases-closed');
    await step(page, '重新办理', '劳动者反映十一月派费再次拖欠');
    await page.getByTestId('case-status').getByText('审查分流').waitFor();
    await page.getByTestId('case-timeline').getByText('重新办理').waitFor();
    await page.getByTestId('case-timeline').getByText('劳动者反映十一月派费再次拖欠').waitFor();
    await screenshot(page, 'cases-reopened');
    await context.close();
  });

  it('tells the whole timeline in English, keeping only names, numbers and what people wrote', async () => {
    const { page, context } = await signedIn('qingpu');
    await page.goto(`/cases/${complaintId}`);
    await page.getByTestId('case-timeline').getByText('重新办理').waitFor();
    await page.getByTestId('language-switch').click();
    try {
      const timeline = page.getByTestId('case-timeline');
      await timeline.getByText('Timeline').waitFor();
      // The case's place in English: its district's name and its street's, in Pinyin with the generic in English.
      await page.getByText('Qingpu · Xujing Town').first().waitFor();
      await timeline
        .getByText(`Opinion letter ${letterNumber}, written answer due by`, { exact: false })
        .waitFor();
      const cjk = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
      // Proper names and numbers stay as they are: the letter's number, the authorities and places named.
      const properNames = [letterNumber, '青浦区人民检察院', '青浦区人力资源和社会保障局', '徐泾镇'];
      const withoutNames = (text: string) =>
        properNames.reduce((rest, name) => rest.split(name).join(''), text);
      const kinds = await timeline.locator('[data-testid=timeline-step] strong').allInnerTexts();
      expect(kinds.length).toBeGreaterThan(6);
      expect(kinds.filter((text) => cjk.test(text))).toEqual([]);
      const summaries = await timeline.getByTestId('timeline-summary').allInnerTexts();
      expect(summaries.length).toBeGreaterThan(3);
      expect(summaries.map(withoutNames).filter((text) => cjk.test(text))).toEqual([]);
      const moves = await timeline
        .locator('[data-testid=timeline-step] > span:not(.ant-typography-secondary)')
        .allInnerTexts();
      expect(moves.filter((text) => cjk.test(text))).toEqual([]);
      await timeline.getByText('Answer received').first().waitFor();
      await timeline
        .getByText(/^Procuratorial recommendation \(青浦区人民检察院, \d{4}-\d{2}-\d{2}\)$/)
        .waitFor();
      await timeline.scrollIntoViewIfNeeded();
      await screenshot(page, 'cases-timeline-en');
      // Back to Chinese, the language this user works in.
      await page.getByTestId('language-switch').click();
      await timeline.getByText('办理时间线').waitFor();
    } finally {
      await restoreChinese(page);
      await context.close();
    }
  });

  it('shows the district its overdue deadlines and escalations, and reloads a case someone else changed', async () => {
    const { page, context } = await signedIn('qingpu');
    await page.goto('/cases?overdue=true');
    const table = page.getByTestId('cases-table');
    await table.getByText('暴雨红色预警期间超时被扣款').waitFor();
    await table.getByTestId('overdue-badge').first().waitFor();
    await page
      .getByTestId('case-notifications')
      .getByText(/请督办/)
      .first()
      .waitFor({ timeout: 30_000 });
    await page
      .getByTestId('case-overdue')
      .getByText(/已上报 青浦区/)
      .first()
      .waitFor();
    await screenshot(page, 'cases-overdue-escalation');

    await table.getByRole('link').first().click();
    await page.getByTestId('case-timeline').getByText('逾期督办').waitFor();
    const id = page.url().split('/').pop()!;
    const current = (await (await page.request.get(`/api/cases/${id}`)).json()) as { version: number };
    const moved = await page.request.post(`/api/cases/${id}/transitions`, {
      headers: { 'x-csrf-token': await csrfOf(page) },
      data: { to: 'triage', version: current.version, note: '另一位干部已受理' },
    });
    expect(moved.status()).toBe(200);
    // Still showing the case as it was: closing it now crosses the other officer's step.
    await step(page, '转为"已结案"');
    await page.getByText('案件已被他人更新，已重新载入，请确认后再操作。').waitFor();
    await page.getByTestId('case-status').getByText('审查分流').waitFor();
    await context.close();
  });
});
