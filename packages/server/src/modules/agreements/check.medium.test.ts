import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../platform/db/testing';
import { createTestApp, signInAs, type Signed, type TestApp } from '../../testing/test-app';

const draft = (minShare: string) => `id: check-demo
title: 检查示例
industry: express
effective_from: 2025-09-01
clauses:
  - id: fee-share
    title: 派费分成
    text: 不低于30%。
    rule: ex.direct_fee_share
    params: { min_share: ${minShare} }
  - id: notice
    title: 公示
    text: 公示算法。
`;

describe.each(testEngines)('agreement check on %s', (engine) => {
  let t: TestApp;
  let qingpu: Signed;
  let eleme: Signed;
  beforeAll(async () => {
    t = await createTestApp(engine);
    qingpu = await signInAs(t.app, 'qingpu');
    eleme = await signInAs(t.app, 'eleme');
  });
  afterAll(() => t.close());

  const check = (who: Signed, source: string) =>
    t.app.inject({ method: 'POST', url: '/api/agreements/check', headers: who.headers, payload: { source } });

  it('says in words what each valid clause checks', async () => {
    const response = await check(qingpu, draft('0.3'));
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.valid).toBe(true);
    expect(body.clauses).toEqual([
      expect.objectContaining({ clauseId: 'fee-share', status: 'applicable', ruleId: 'ex.direct_fee_share' }),
      expect.objectContaining({ clauseId: 'notice', status: 'text_only', explanation: null }),
    ]);
    expect(body.clauses[0].explanation.zh).toContain('min_share（最低分成比例）= 0.3');
    expect(body.clauses[0].explanation.en).toContain('min_share (minimum share) = 0.3');
  });

  it('names the clause, path and line of a wrong parameter and still explains the others', async () => {
    const body = (await check(qingpu, draft('"thirty"'))).json();
    expect(body.valid).toBe(false);
    expect(body.issues).toHaveLength(1);
    expect(body.issues[0]).toMatchObject({
      clauseId: 'fee-share',
      path: ['clauses', 0, 'params', 'min_share'],
      line: 10,
    });
    expect(body.issues[0].zh).toContain('参数 min_share 应为 decimal');
    expect(body.clauses[0].status).toBe('invalid');
    expect(body.clauses[1].status).toBe('text_only');
  });

  it('reports a structural error with its line and a duplicate clause id', async () => {
    const missing = (await check(qingpu, draft('0.3').replace('industry: express\n', ''))).json();
    expect(missing.valid).toBe(false);
    expect(missing.issues[0].en).toContain('missing required field industry');
    const twice = (await check(qingpu, draft('0.3').replace('id: notice', 'id: fee-share'))).json();
    expect(twice.issues[0]).toMatchObject({ clauseId: 'fee-share', path: ['clauses', 1, 'id'] });
  });

  it('names every problem of a draft at once: the structure, then each clause on its own, each at its line', async () => {
    const source =
      draft('1.5').replace('industry: express', 'industry: express\nsigned_on: 2025-02-30') +
      [
        '  - id: speed',
        '    title: 车速',
        '    text: 按限速计算。',
        '    rule: fd.eta_speed_floor',
        '    params: { max_speed_kmh: 0, handover_minutes: 2000 }',
        '  - id: broken',
        '    titel: 拼错的字段',
        '    text: 结构有误。',
        '',
      ].join('\n');
    const body = (await check(qingpu, source)).json();
    expect(body.valid).toBe(false);
    expect(
      body.issues.map((i: { path: unknown[]; line: number; clauseId: string | null }) => [
        i.path,
        i.line,
        i.clauseId,
      ]),
    ).toEqual([
      [['signed_on'], 4, null],
      [['clauses', 2, 'rule'], 18, 'speed'],
      [['clauses', 3], 20, 'broken'],
      [['clauses', 3, 'titel'], 21, 'broken'],
      [['clauses', 0, 'params', 'min_share'], 11, 'fee-share'],
      [['clauses', 2, 'params', 'max_speed_kmh'], 19, 'speed'],
      [['clauses', 2, 'params', 'handover_minutes'], 19, 'speed'],
    ]);
    expect(body.issues.map((i: { en: string }) => i.en)).toEqual([
      expect.stringContaining('2025-02-30 is not a calendar date'),
      expect.stringContaining('rule fd.eta_speed_floor is a food_delivery rule; this agreement is express'),
      expect.stringContaining('missing required field title'),
      expect.stringContaining('unknown field titel'),
      expect.stringContaining('parameter min_share is outside its allowed range [0, 1]'),
      expect.stringContaining('parameter max_speed_kmh is outside its allowed range (0, 120]'),
      expect.stringContaining('parameter handover_minutes is outside its allowed range [0, 1440]'),
    ]);
    for (const issue of body.issues) expect(issue.column).toBeGreaterThan(0);
    expect(body.clauses.map((c: { status: string }) => c.status)).toEqual([
      'invalid',
      'text_only',
      'invalid',
      'invalid',
    ]);
    // Saving it is refused with the same problems, each at its line.
    const saved = await t.app.inject({
      method: 'POST',
      url: '/api/agreements',
      headers: qingpu.headers,
      payload: { source },
    });
    expect(saved.statusCode).toBe(400);
    expect(saved.json().error.issues.map((i: { path: unknown[] }) => i.path)).toEqual(
      body.issues.map((i: { path: unknown[] }) => ['source', ...i.path]),
    );
  });

  it('says to quote an expression YAML cannot read, at its line', async () => {
    const source = draft('0.3').replace(
      '    rule: ex.direct_fee_share\n    params: { min_share: 0.3 }',
      '    check:\n      dataset: parcel_deliveries\n      shape: row\n      violation: fee > 15 ? 1 : 0',
    );
    const body = (await check(qingpu, source)).json();
    expect(body.valid).toBe(false);
    expect(body.issues).toEqual([
      expect.objectContaining({
        line: 12,
        column: 18,
        en: expect.stringContaining('write the expression in quotes, e.g. violation: "fee > 15 ? 1 : 0"'),
        zh: expect.stringContaining('请把表达式写在引号中，例如 violation: "fee > 15 ? 1 : 0"'),
      }),
    ]);
  });

  it('is for those who draft agreements', async () => {
    expect((await check(eleme, draft('0.3'))).statusCode).toBe(403);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/agreements/check',
      payload: { source: draft('0.3') },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
