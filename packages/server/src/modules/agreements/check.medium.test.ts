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
