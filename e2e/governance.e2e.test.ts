import { describe, expect, inject, it } from 'vitest';
import { newVisitor, phone, screenshot, testBrowser } from './support/browser';
import { chooseOption, csrfOf, selectListsClosed } from './support/forms';
import { signIn, signedInVisitor } from './support/people';

const baseUrl = inject('baseUrl');
const browser = testBrowser();

describe('governance', () => {
  it('an officer evaluates the Ele.me agreement with intervals, reads the inferred algorithm and compares a sandbox scenario', async () => {
    const { page, context, outsideRequests } = await newVisitor(browser(), baseUrl);
    await signIn(page, 'admin');
    await page.getByTestId('module-nav').getByText('治理评估').click();
    await page.waitForURL('**/governance**');

    // Before/after: the demo agreement takes effect inside the demo data, so both sides have data.
    const table = page.getByTestId('evaluation-table');
    await table.waitFor({ timeout: 90_000 });
    await page.getByText('生效日期 2025-05-01').waitFor();
    const fines = page.getByTestId('metric-late_money_penalty_rate');
    expect(await fines.textContent()).toContain('超时订单被罚款的比例');
    const row = table.locator('tr', { has: fines });
    // Each estimate carries its interval: “12.3% [10.1%, 14.2%]”.
    expect(await row.textContent()).toMatch(/\d+\.\d%\s*\[-?\d+\.\d%, -?\d+\.\d%\]/);
    await page.getByText(/^协议覆盖：淘宝闪购（饿了么） · 对照组：同行业中协议未覆盖的数据/).waitFor();
    // The metric's name is a button: chosen from the keyboard like any other.
    await fines.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('before-after-chart').waitFor();
    // Beside it, each arm's change and the difference-in-differences with their intervals.
    const did = page.getByTestId('did-chart');
    await did.waitFor();
    expect(await did.getAttribute('aria-label')).toBe(
      '超时订单被罚款的比例：变化与双重差分（含95%置信区间）',
    );
    expect(await did.locator('canvas').count()).toBe(1);
    expect((await did.boundingBox())!.height).toBeGreaterThan(200);
    await page.getByTestId('trend-chart').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(300);
    await screenshot(page, 'governance-before-after');
    // The before/after chart and the difference-in-differences beside it, titles included.
    await page.getByTestId('metric-charts').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(300);
    await screenshot(page, 'governance-before-after-charts');

    // Inference: the fitted delivery-time function and the 15 km/h line.
    await page.getByRole('tab', { name: '算法推断' }).click();
    await page.waitForURL('**/governance/inference');
    const fit = page.getByTestId('time-fit');
    await fit.waitFor({ timeout: 60_000 });
    // No platform chosen: the fit pools the platforms, and the page says it describes none of them.
    expect(await page.getByTestId('inference-pooled').textContent()).toMatch(
      /^未选平台：\d+ 个平台的订单合并拟合。各平台的算法可能不同/,
    );
    // The fitted riding speed, named apart from the evaluation's promised-time speed (handover included).
    expect(await fit.textContent()).toMatch(
      /拟合骑行速度 \d+\.\d\d 公里\/小时（每公里分钟的倒数，不含固定交接时间）/,
    );
    // Weather alert levels are named, not bare numbers.
    const weather = await page.getByTestId('weather-effect').textContent();
    expect(weather).toMatch(/^各预警等级的额外时间（分钟）：(无|蓝色|黄色|橙色|红色)预警 -?\d+\.\d\d/);
    expect(weather).not.toMatch(/(^|· )\d: /);
    // The months the fit covers (the demo's promise holds one speed throughout), and how a change would be read.
    expect(await page.getByTestId('fit-period').textContent()).toMatch(
      /^拟合期间：\d{4}-\d\d( 至 \d{4}-\d\d)? 全部月份（\d+ 单），各月拟合骑行速度未见变化算法变化的认定：/,
    );
    // The months the pay fit covers: the demo pays one rate per km throughout.
    expect(await page.getByTestId('pay-period').textContent()).toMatch(
      /^计价拟合期间：\d{4}-\d\d( 至 \d{4}-\d\d)? 全部月份（\d+ 单），各月每公里收入未见变化计价变化的认定：/,
    );
    // Pay per km month by month, each with its interval, as the time function has.
    const payMonths = page.getByTestId('pay-by-month');
    expect(await payMonths.getByRole('heading').textContent()).toBe('每单收入按月');
    const payRows = payMonths.locator('tbody tr');
    expect(await payRows.count()).toBeGreaterThan(0);
    expect(await payRows.first().textContent()).toMatch(/^\d{4}-\d\d-?\d+\.\d\d-?\d+\.\d\d \(/);
    // The extra minutes by hour of acceptance, drawn.
    const hours = page.getByTestId('hour-effect-chart');
    expect(await hours.getAttribute('aria-label')).toBe(
      '各接单小时的额外时间（分钟，相对拟合线的残差中位数）',
    );
    expect(await hours.locator('canvas').count()).toBe(1);
    await page.getByTestId('scatter-chart').waitFor();
    await page.getByTestId('pay-chart').waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'governance-inference');
    await hours.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(300);
    await screenshot(page, 'governance-inference-hours');

    // Sandbox: raise the hourly minimum to 30 CNY, propose a time formula, run, and compare beside the agreement
    // as it stands.
    await page.getByRole('tab', { name: '协商沙盘' }).click();
    await page.waitForURL('**/governance/sandbox');
    await page.getByTestId('scenario-name').fill('小时最低收入30元');
    const minimum = page.getByTestId('param-c05.min_hourly');
    await minimum.waitFor();
    await minimum.fill('30');
    // And a proposed promise of 12 minutes + 5 minutes per km.
    await page.getByText('提议的时间公式').click();
    await page.getByTestId('run-scenario').click();
    const comparison = page.getByTestId('scenario-comparison');
    await comparison.waitFor({ timeout: 90_000 });
    const minimumRow = comparison.locator('tr', { hasText: '小时最低标准（元）' });
    // The demo's May 2025 falls under the agreement's 24 CNY (25 only from July).
    expect((await minimumRow.textContent())?.replace(/\s+/g, '')).toContain('小时最低标准（元）2430');
    await comparison.getByText('现行协议').first().waitFor();
    const below = comparison.locator('tr', { hasText: '给予时间低于提议公式的订单' });
    expect((await below.textContent())?.replace(/\s+/g, '')).toMatch(/给予时间低于提议公式的订单—\d+/);
    await page.getByTestId('scenario-list').getByText('已完成').first().waitFor();
    // Each column says whose rows it read: the city officer's scenario, the whole city's.
    // (The table's heading is drawn twice: once for its fixed header.)
    expect(new Set(await comparison.getByTestId('scenario-area').allTextContents())).toEqual(
      new Set(['全市数据（上海市）']),
    );
    await comparison.scrollIntoViewIfNeeded();
    await screenshot(page, 'governance-sandbox-compare');
    expect(outsideRequests).toEqual([]);
    await context.close();
  });

  it('a district officer’s scenario reads the rows of their district only, and says so', async () => {
    const { page, context } = await signedInVisitor(browser(), baseUrl, 'qingpu');
    await page.goto('/governance/sandbox');
    await page.getByTestId('scenario-own-district').getByText('情景只核查本区的数据：青浦区').waitFor();
    // No choice of district for a district officer.
    expect(await page.getByTestId('scenario-district').count()).toBe(0);
    await page.getByTestId('scenario-name').fill('青浦：限速12公里');
    const speed = page.getByTestId('param-c06.max_speed_kmh');
    await speed.waitFor();
    await speed.fill('12');
    await page.getByTestId('run-scenario').click();
    const comparison = page.getByTestId('scenario-comparison');
    await comparison.waitFor({ timeout: 90_000 });
    expect(new Set(await comparison.getByTestId('scenario-area').allTextContents())).toEqual(
      new Set(['青浦区的数据']),
    );
    await comparison.scrollIntoViewIfNeeded();
    await screenshot(page, 'governance-sandbox-district');
    await context.close();
  });

  it('an officer picks a draft in the sandbox and replays it over days of stored data before it takes effect', async () => {
    const { page, context, outsideRequests } = await signedInVisitor(browser(), baseUrl, 'admin');
    // A draft under discussion: Ele.me's next agreement, taking effect in 2026, a minimum of 30 CNY from then.
    const draft = [
      'id: eleme-draft-sandbox-e2e',
      'title: 饿了么2026年协议草案（沙盘）',
      'industry: food_delivery',
      'platform: eleme',
      'effective_from: 2026-01-01',
      'clauses:',
      '  - id: c05',
      '    title: 小时收入',
      '    text: 小时收入不低于30元。',
      '    rule: fd.min_hourly_pay',
      '    params: { min_hourly: [{ from: 2026-01-01, value: 30 }] }',
      '  - { id: c06, title: 预估时间, text: 预估时间, rule: fd.eta_speed_floor }',
    ].join('\n');
    const saved = await page.request.post('/api/agreements', {
      headers: { 'x-csrf-token': await csrfOf(page) },
      data: { source: draft },
    });
    expect(saved.status()).toBe(200);
    await page.goto('/governance/sandbox');
    await page.getByTestId('sandbox-agreement').click();
    const option = page
      .locator('.ant-select-dropdown:visible')
      .getByTestId('sandbox-agreement-eleme-draft-sandbox-e2e');
    // Marked as a draft in the list.
    expect(await option.textContent()).toBe('饿了么2026年协议草案（沙盘） · 2026-01-01草案');
    await option.click();
    expect(await selectListsClosed(page)).toBe(true);
    // The draft takes effect after the data: by default the latest stored data, the demo's five weeks.
    const period = page.getByTestId('scenario-period').locator('input');
    await expect.poll(() => period.first().inputValue()).toBe('2025-04-14');
    expect(await period.last().inputValue()).toBe('2025-05-18');
    expect(await page.getByTestId('scenario-period-hint').textContent()).toContain(
      '协议生效日 2026-01-01 之前的日子按协议已生效计算',
    );
    // The weeks before the Ele.me agreement in force took effect.
    await period.last().click();
    await period.last().fill('2025-04-30');
    await period.last().press('Enter');
    await expect.poll(() => period.last().inputValue()).toBe('2025-04-30');
    await page.getByTestId('scenario-name').fill('草案：4月下半月，时速12');
    const speed = page.getByTestId('param-c06.max_speed_kmh');
    await speed.waitFor();
    await speed.fill('12');
    await page.getByTestId('run-scenario').click();
    const comparison = page.getByTestId('scenario-comparison');
    await comparison.waitFor({ timeout: 90_000 });
    // Each column says which days it replayed, read as if the draft were in force then.
    expect(new Set(await comparison.getByTestId('scenario-replayed').allTextContents())).toEqual(
      new Set(['回放 2025-04-14 至 2025-04-30（所选期间）；生效日 2026-01-01 之前的日子按协议已生效计算']),
    );
    const minimumRow = comparison.locator('tr', { hasText: '小时最低标准（元）' });
    expect((await minimumRow.textContent())?.replace(/\s+/g, '')).toContain('小时最低标准（元）3030');
    // Orders of those days checked against 15 km/h as it stands and 12 in the scenario: more promised too fast.
    const speedCells = await comparison
      .locator('tr', { hasText: '违规数：c06' })
      .first()
      .locator('td')
      .allTextContents();
    const [asItStands, proposed] = speedCells.slice(1).map(Number);
    expect(proposed).toBeGreaterThan(asItStands!);
    await comparison.scrollIntoViewIfNeeded();
    await screenshot(page, 'governance-sandbox-draft-period');
    expect(outsideRequests).toEqual([]);
    await context.close();
  });

  it('a district officer whose district holds none of the data the agreement covers is told so', async () => {
    const { page, context } = await signedInVisitor(browser(), baseUrl, 'huangpu');
    await page.goto('/governance');
    await page
      .getByTestId('no-covered-data')
      .getByText('您的范围内没有该协议覆盖的数据，无法比较实施前后')
      .waitFor({ timeout: 90_000 });
    // Not a table of dashes, nor a prompt to chart one of them.
    expect(await page.getByTestId('evaluation-table').count()).toBe(0);
    expect(await page.getByText('选择表中的指标查看图表').count()).toBe(0);
    await screenshot(page, 'governance-no-covered-data');
    await context.close();
  });

  it('the Ele.me representative replies to a point of its scorecard; the officer and the public read it', async () => {
    const body = `条件分：5月起已按15公里/小时标准调整配送时间（${Date.now()}）`;
    const rep = await signedInVisitor(browser(), baseUrl, 'eleme');
    await rep.page.goto('/governance/scorecards');
    const own = rep.page.getByTestId('scorecard-eleme');
    await own.waitFor({ timeout: 90_000 });
    // Only its own platform’s card, each point with a link to its evidence but the membership share (the roster is
    // not the platform’s to read).
    expect(await rep.page.locator('[data-testid^="scorecard-"]').count()).toBe(1);
    expect(await own.locator('[data-testid^="evidence-"]').count()).toBe(9);
    const form = rep.page.getByTestId('reply-form-eleme');
    await chooseOption(rep.page, form, '针对', '公平条件');
    await form.getByLabel('答复内容').fill(body);
    await form.getByRole('button', { name: '提交答复' }).click();
    await form.getByText('答复已提交').waitFor();
    const reply = own.locator('.ant-list-item', { hasText: body });
    await reply.waitFor();
    expect(await reply.textContent()).toContain('公平条件');
    await reply.scrollIntoViewIfNeeded();
    await screenshot(rep.page, 'governance-scorecard-reply');
    expect(rep.outsideRequests).toEqual([]);
    await rep.context.close();

    // The officer sees the reply under the representative's account, and follows a point to its evidence.
    const officer = await signedInVisitor(browser(), baseUrl, 'admin');
    await officer.page.goto('/governance/scorecards');
    const card = officer.page.getByTestId('scorecard-eleme');
    const seen = card.locator('.ant-list-item', { hasText: body });
    await seen.waitFor({ timeout: 90_000 });
    expect(await seen.textContent()).toContain('饿了么（上海）平台代表');
    await seen.scrollIntoViewIfNeeded();
    await screenshot(officer.page, 'governance-scorecard-reply-officer');
    await card.getByTestId('evidence-representation.1').click();
    await officer.page.waitForURL('**/agreements/eleme-shanghai-2025');
    expect(officer.outsideRequests).toEqual([]);
    await officer.context.close();

    // The public card carries the reply, signed by the platform's representative, and links to public pages only.
    const visitor = await newVisitor(browser(), baseUrl);
    await visitor.page.goto('/public/scorecards');
    const publicCard = visitor.page.getByTestId('scorecard-eleme');
    const published = publicCard.locator('.ant-list-item', { hasText: body });
    await published.waitFor({ timeout: 60_000 });
    expect(await published.textContent()).toContain(
      '淘宝闪购（饿了么）平台代表 / Taobao Flash (Ele.me) representative',
    );
    const links = publicCard.locator('[data-testid^="evidence-"]');
    expect(await links.count()).toBeGreaterThan(0);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      expect(href).toMatch(/^\/public\//);
    expect(await publicCard.getByTestId('evidence-representation.1').getAttribute('href')).toBe(
      '/public/agreements/eleme-shanghai-2025',
    );
    await published.scrollIntoViewIfNeeded();
    await screenshot(visitor.page, 'governance-scorecard-reply-public');
    expect(visitor.outsideRequests).toEqual([]);
    await visitor.context.close();
  });

  it('a scorecard names the agreement in force by its title, never its id, signed in and in public', async () => {
    const title = '现行协议 《2025年网约车平台抽成与算法规则协议（示例）》 生效后尚无数据';
    const officer = await signedInVisitor(browser(), baseUrl, 'admin');
    const visitor = await newVisitor(browser(), baseUrl);
    for (const [{ page, context }, path] of [
      [officer, '/governance/scorecards'],
      [visitor, '/public/scorecards'],
    ] as const) {
      // The agreements' titles come after the cards: the cards wait for them rather than show an id meanwhile.
      await context.route('**/api/public/agreements', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        await route.fallback();
      });
      await page.goto(path);
      const period = page.getByTestId('scorecard-didi').getByTestId('card-period');
      await period.waitFor({ timeout: 90_000 });
      // Read at once, as the card first appears.
      const text = await period.innerText();
      expect(text).toContain(title);
      expect(text).not.toContain('ride-hailing-shanghai-2025');
      await screenshot(
        page,
        `governance-scorecard-agreement-title${path.startsWith('/public') ? '-public' : ''}`,
      );
      await context.close();
    }
  });

  it('an anonymous visitor reads the public scorecards on a phone', async () => {
    const { page, context, outsideRequests } = await newVisitor(browser(), baseUrl, phone);
    await page.goto('/public/scorecards');
    const card = page.getByTestId('scorecard-eleme');
    await card.waitFor({ timeout: 60_000 });
    expect(await card.textContent()).toMatch(/\d+ \/ 10 分/);
    await card.getByText('公平报酬').waitFor();
    await card.getByText('门槛').first().waitFor();
    // The card says which days its points are measured over: those since the agreement took effect.
    expect(await card.getByTestId('card-period').textContent()).toBe(
      '计分期间 2025-05-01 至 2025-05-18：现行协议生效以来的数据',
    );
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await screenshot(page, 'governance-public-scorecards-phone');
    // The same card in English.
    await page.getByRole('button', { name: /English/ }).click();
    await card.getByText('Fair pay').waitFor();
    expect(await card.textContent()).toMatch(/\d+ \/ 10 points/);
    await screenshot(page, 'governance-public-scorecards-phone-en');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    expect(outsideRequests).toEqual([]);
    await context.close();
  });
});
