import { describe, expect, inject, it } from 'vitest';
import { screenshot, testBrowser } from './support/browser';
import { chooseOption } from './support/forms';
import { signedInVisitor } from './support/people';

const baseUrl = inject('baseUrl');
const browser = testBrowser();

// A two-character antd button reads "确 认"; its name may also carry the icon of a loading state just ended.
const button = (text: string) => new RegExp([...text].join('\\s?'));

const signedIn = (username: string) => signedInVisitor(browser(), baseUrl, username);

describe('mediation', () => {
  it('settles a small wage claim at the counter in one form and hands over the agreement', async () => {
    const { page, context, outsideRequests } = await signedIn('mediator');
    await page.goto('/mediation');
    await page.getByRole('button', { name: '小额欠薪快调' }).click();
    await page.waitForURL('**/mediation/small-claim');
    await page.getByLabel('调解中心').waitFor();
    await page.getByLabel('申请人姓名').fill('王小五');
    await page.getByLabel('申请人电话').fill('13700001111');
    await page.getByLabel('被申请人（平台、加盟商或合作商）').fill('青浦某外卖配送站');
    await page.getByLabel('申请金额（元）').fill('12000');
    await page.getByLabel('当场追回金额（元）').fill('3200');
    await page.getByTestId('small-claim-submit').click();
    await page.getByText('小额快调限 1 万元以内，请走普通调解').waitFor();
    await page.getByLabel('申请金额（元）').fill('3200');
    await page.getByTestId('small-claim-submit').click();

    await page.waitForURL(/\/mediation\/[0-9a-f-]{36}$/);
    await page.getByTestId('mediation-status').getByText('达成协议').waitFor();
    await page.getByTestId('amount-recovered').getByText('¥3,200.00').waitFor();
    await page.getByText('于本协议签订当日一次性支付王小五劳动报酬人民币 3200 元').waitFor();
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('mediation-agreement').getByRole('button', { name: 'PDF' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/调.*\.pdf$/);
    await screenshot(page, 'mediation-small-claim-agreement');
    expect(outsideRequests).toEqual([]);
    await context.close();
  });

  it('takes a case to mediation, records a sitting and ends in an agreement document', async () => {
    const officer = await signedIn('qingpu');
    // The demo's franchisee case under supervision, picked by its title: other files' cases may also be under
    // supervision when this one runs, in whatever order the files run.
    const supervised = (await (
      await officer.page.request.get('/api/cases?status=supervision&pageSize=100')
    ).json()) as { items: { id: string; title: string }[] };
    const demoCase = supervised.items.find((c) => c.title.endsWith('拖欠快递员派费'));
    expect(demoCase).toBeDefined();
    await officer.page.goto(`/cases/${demoCase!.id}`);
    await officer.page.getByTestId('case-detail').waitFor();
    const caseNumber = (await officer.page.getByTestId('case-number').innerText()).trim();
    await officer.page.getByTestId('case-actions').getByRole('button', { name: '转为"调解"' }).click();
    const confirm = officer.page.getByRole('dialog');
    await confirm.getByRole('button', { name: button('确认') }).click();
    await confirm.waitFor({ state: 'hidden' });
    await officer.page.getByTestId('case-status').getByText('调解').waitFor();
    await officer.page.getByRole('button', { name: '申请调解' }).click();
    await officer.page.waitForURL(/\/mediation\/new\?caseId=/);
    await officer.page.getByText(`来自案件 ${caseNumber}`).waitFor();
    // Prefilled from the case: the worker, the franchisee and the amount.
    await expect.poll(() => officer.page.getByLabel('申请人姓名').inputValue()).not.toBe('');
    await officer.page.getByText('青浦区新就业形态劳动者一站式调解中心').waitFor();
    await officer.page.getByRole('button', { name: '提交申请' }).click();
    await officer.page.waitForURL(/\/mediation\/[0-9a-f-]{36}$/);
    const requestUrl = new URL(officer.page.url()).pathname;
    await officer.page.getByTestId('mediation-status').getByText('已申请').waitFor();
    await officer.context.close();

    const { page, context } = await signedIn('mediator');
    await page.goto('/cases');
    await page.getByTestId('cases-table').getByText(caseNumber).waitFor();
    await page.goto(requestUrl);
    const sessions = page.getByTestId('mediation-sessions');
    await sessions.getByLabel('地点').fill('青浦区一站式调解中心第二调解室');
    await sessions.getByLabel('记录').fill('双方同意分两期支付。');
    await sessions.getByRole('button', { name: '登记调解会' }).click();
    await sessions.getByText('青浦区一站式调解中心第二调解室').waitFor();
    await page.getByTestId('mediation-status').getByText('调解中').waitFor();

    const outcome = page.getByTestId('mediation-outcome');
    await outcome.getByLabel('已追回金额（元）').fill('60000');
    await outcome.getByLabel('协议内容').fill('被申请人于本月底前支付派费 60000 元，余款下月底前付清。');
    await outcome.getByRole('button', { name: '记录结果' }).click();
    await page.getByTestId('mediation-status').getByText('达成协议').waitFor();
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('mediation-agreement').getByRole('button', { name: 'DOCX' }).click(),
    ]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    expect((await docx.path()) !== null).toBe(true);
    await screenshot(page, 'mediation-case-agreement');
    await context.close();
  });

  it('lets the district officer open a centre and seat a mediator there', async () => {
    const { page, context } = await signedIn('qingpu');
    await page.goto('/mediation/centres');
    const table = page.getByTestId('centres-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByRole('button', { name: '设立调解中心' }).click();
    const dialog = page.getByRole('dialog', { name: '设立调解中心' });
    await dialog.getByRole('button', { name: '设立调解中心' }).click();
    await dialog.getByText('请填写此项').first().waitFor();
    const name = `赵巷镇新就业形态劳动者调解室 ${Date.now() % 100_000}`;
    await dialog.getByLabel('名称').fill(name);
    await chooseOption(page, dialog, '街镇', '赵巷镇', { search: true });
    await dialog.getByLabel('地址').fill('上海市青浦区赵巷镇某路 8 号');
    await dialog.getByLabel('电话').fill('电话');
    await dialog.getByRole('button', { name: '设立调解中心' }).click();
    await dialog.getByText('电话号码格式不对').waitFor();
    await dialog.getByLabel('电话').fill('021-59750000');
    await dialog.getByRole('button', { name: '设立调解中心' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = table.locator('tbody tr.ant-table-row', { hasText: name });
    await row.getByText('暂无调解员').waitFor();

    await row.getByRole('button', { name: '安排调解员' }).click();
    const seat = page.getByRole('dialog', { name: `为 ${name} 安排调解员` });
    await seat.getByLabel('调解员账户').fill('xujing');
    await seat.getByRole('button', { name: '安排调解员' }).click();
    await seat.getByText('须为该区的调解员账户').waitFor();
    await seat.getByLabel('调解员账户').fill('mediator');
    await seat.getByText('须为该区的调解员账户').waitFor({ state: 'hidden' });
    await seat.getByRole('button', { name: '安排调解员' }).click();
    await seat.waitFor({ state: 'hidden' });
    await row.getByText('陈调解员').waitFor();
    await screenshot(page, 'mediation-centre-opened');
    await context.close();

    // A mediator works at the centres but does not open them.
    const mediator = await signedIn('mediator');
    await mediator.page.goto('/mediation/centres');
    await mediator.page.getByTestId('centres-table').getByText(name).waitFor();
    expect(await mediator.page.getByRole('button', { name: '设立调解中心' }).count()).toBe(0);
    await mediator.context.close();
  });

  it('hands a failed walk-in mediation to arbitration and downloads the hand-off', async () => {
    const { page, context } = await signedIn('mediator');
    await page.goto('/mediation/new');
    await page.getByText('来访申请').waitFor();
    await page.getByLabel('申请人姓名').fill('孙小六');
    await page.getByLabel('申请人电话').fill('13800006666');
    await page.getByLabel('被申请人（平台、加盟商或合作商）').fill('青浦某即时配送站');
    await page.getByLabel('申请金额（元）').fill('15800');
    await page.getByLabel('请求事项与事实理由').fill('配送途中摔伤，要求支付医疗费和误工费。');
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.waitForURL(/\/mediation\/[0-9a-f-]{36}$/);
    await page.getByTestId('mediation-status').getByText('已申请').waitFor();

    const outcome = page.getByTestId('mediation-outcome');
    await outcome.getByText('调解不成', { exact: true }).click();
    await outcome.getByLabel('原因').fill('被申请人拒绝承担赔偿责任。');
    await outcome.getByLabel('仲裁机构').fill('上海市青浦区劳动人事争议仲裁委员会');
    await outcome.getByRole('button', { name: '记录结果' }).click();
    await page.getByTestId('mediation-status').getByText('已转劳动仲裁').waitFor();
    await page.getByText('上海市青浦区劳动人事争议仲裁委员会').waitFor();
    await page.getByText('被申请人拒绝承担赔偿责任。').waitFor();
    const handoff = page.getByTestId('mediation-handoff');
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      handoff.getByRole('button', { name: 'PDF' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/移交仲裁\.pdf$/);
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      handoff.getByRole('button', { name: 'DOCX' }).click(),
    ]);
    expect(docx.suggestedFilename()).toMatch(/移交仲裁\.docx$/);
    expect(await docx.path()).toBeTruthy();
    await screenshot(page, 'mediation-arbitration-handoff');
    const requestUrl = new URL(page.url()).pathname;
    await context.close();

    // The city federation sees the request, the applicant masked.
    const admin = await signedIn('admin');
    await admin.page.goto(requestUrl);
    await admin.page.getByText('申请人姓名和电话已遮蔽：您的角色不查看个人信息。').waitFor();
    await admin.page.getByText('孙** · 138****6666').waitFor();
    await admin.context.close();
  });
});
