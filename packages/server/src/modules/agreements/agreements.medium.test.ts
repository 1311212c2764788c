import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedAgreementsDir } from '../../demo/seed-agreements';
import { testEngines } from '../../platform/db/testing';
import { createTestApp, signInAs, type Signed, type TestApp } from '../../testing/test-app';

describe.each(testEngines)('agreements on %s', (engine) => {
  let t: TestApp;
  let admin: Signed;
  let qingpu: Signed;
  let eleme: Signed;
  beforeAll(async () => {
    t = await createTestApp(engine);
    admin = await signInAs(t.app, 'admin');
    qingpu = await signInAs(t.app, 'qingpu');
    eleme = await signInAs(t.app, 'eleme');
  });
  afterAll(() => t.close());

  it('holds the shipped agreements, in force, readable by platform representatives and the public', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/agreements', headers: qingpu.headers });
    const ids = list.json().items.map((a: { id: string }) => a.id);
    expect(ids).toEqual(
      expect.arrayContaining(['eleme-shanghai-2025', 'jt-express-2025', 'jt-franchisee-qingpu-2025']),
    );
    const detail = await t.app.inject({
      method: 'GET',
      url: '/api/agreements/eleme-shanghai-2025',
      headers: eleme.headers,
    });
    expect(detail.json()).toMatchObject({ status: 'in_force', industry: 'food_delivery', currentVersion: 1 });
    expect(detail.json().document.clauses.length).toBeGreaterThan(5);
    const franchisee = list.json().items.find((a: { id: string }) => a.id === 'jt-franchisee-qingpu-2025');
    expect(franchisee.parentId).toBe('jt-express-2025');

    // A platform's representative sees the public agreements and its own, not another platform's agreement that
    // is signed but not in force (nor its versions or their differences).
    const forEleme = await t.app.inject({ method: 'GET', url: '/api/agreements', headers: eleme.headers });
    const elemeIds = forEleme.json().items.map((a: { id: string }) => a.id);
    expect(elemeIds).toEqual(expect.arrayContaining(['eleme-shanghai-2025', 'jt-express-2025']));
    expect(elemeIds).not.toContain('jt-franchisee-qingpu-2025');
    expect(elemeIds).not.toContain('freight-2025');
    expect(ids).toContain('freight-2025');
    for (const url of [
      '/api/agreements/freight-2025',
      '/api/agreements/freight-2025/versions',
      '/api/agreements/jt-franchisee-qingpu-2025?version=1',
      '/api/agreements/jt-franchisee-qingpu-2025/diff?from=1&to=1',
    ]) {
      const hidden = await t.app.inject({ method: 'GET', url, headers: eleme.headers });
      expect([url, hidden.statusCode]).toEqual([url, 404]);
    }

    const anonymous = await t.app.inject({ method: 'GET', url: '/api/public/agreements' });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json().items.length).toBe(
      list.json().items.filter((a: { status: string }) => a.status === 'in_force').length,
    );
    expect((await t.app.inject({ method: 'GET', url: '/api/agreements' })).statusCode).toBe(401);
  });

  it('records a new version with its amendment history and a clause-by-clause diff', async () => {
    const source = await readFile(path.join(shippedAgreementsDir, 'eleme-shanghai-2025.yaml'), 'utf8');
    const amended = source
      .replace('merchant_grace_minutes: 5', 'merchant_grace_minutes: 3')
      .replace("version: '1.0'", "version: '1.1'");
    const current = (
      await t.app.inject({
        method: 'GET',
        url: '/api/agreements/eleme-shanghai-2025',
        headers: qingpu.headers,
      })
    ).json();
    const saved = await t.app.inject({
      method: 'POST',
      url: '/api/agreements',
      headers: qingpu.headers,
      payload: { source: amended, summary: '出餐宽限缩短为 3 分钟', rowVersion: current.rowVersion },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ currentVersion: 2, versionLabel: '1.1' });

    const stale = await t.app.inject({
      method: 'POST',
      url: '/api/agreements',
      headers: qingpu.headers,
      payload: { source: amended, summary: 'again', rowVersion: current.rowVersion },
    });
    expect(stale.statusCode).toBe(409);

    const versions = await t.app.inject({
      method: 'GET',
      url: '/api/agreements/eleme-shanghai-2025/versions',
      headers: eleme.headers,
    });
    expect(versions.json().items.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    const diff = await t.app.inject({
      method: 'GET',
      url: '/api/agreements/eleme-shanghai-2025/diff?from=1&to=2',
      headers: eleme.headers,
    });
    const changes = diff.json().changes as { kind: string; clauseId: string | null; field: string | null }[];
    expect(changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'field', field: 'version' }),
        expect.objectContaining({ kind: 'clause_changed', clauseId: 'c01' }),
      ]),
    );
    const old = await t.app.inject({
      method: 'GET',
      url: '/api/agreements/eleme-shanghai-2025?version=1',
      headers: eleme.headers,
    });
    expect(old.json().source).toContain('merchant_grace_minutes: 5');
  });

  it('refuses a broken document with the line and path of the problem, in both languages', async () => {
    const broken = [
      'id: test-broken',
      'title: 测试',
      'industry: food_delivery',
      'effective_from: 2026-01-01',
      'clauses:',
      '  - id: c1',
      '    title: 小时收入',
      '    text: 测试',
      '    rule: fd.no_such_rule',
    ].join('\n');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/agreements',
      headers: admin.headers,
      payload: { source: broken },
    });
    expect(response.statusCode).toBe(400);
    const issue = response.json().error.issues[0];
    expect(issue.path[0]).toBe('source');
    expect(issue.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(issue.en).toMatch(/no_such_rule|rule/);
  });

  it('refuses a platform the registry does not hold, at its line, offering the registered code spelt alike', async () => {
    const source = [
      'id: test-unregistered',
      'title: 测试',
      'industry: freight',
      'platform: [huolala, Didi-Freight, lalamove]',
      'effective_from: 2026-01-01',
      'clauses:',
      '  - { id: cap, title: 抽佣上限, text: 测试, rule: fr.commission_abs_cap }',
    ].join('\n');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/agreements',
      headers: admin.headers,
      payload: { source },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues).toEqual([
      expect.objectContaining({
        path: ['source', 'platform', 1],
        zh: expect.stringContaining('平台 Didi-Freight 不在平台名录中；是否应为 didi_freight？'),
        en: expect.stringMatching(
          /^line 4, column \d+: platform\.1: platform Didi-Freight is not in the registry of platforms; did you mean didi_freight\?/,
        ),
      }),
      expect.objectContaining({
        path: ['source', 'platform', 2],
        en: expect.stringContaining(
          'platform lalamove is not in the registry of platforms (platforms are registered',
        ),
      }),
    ]);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/agreements/test-unregistered',
          headers: admin.headers,
        })
      ).statusCode,
    ).toBe(404);
    // The draft check says the same, so the editor shows it before saving.
    const checked = (
      await t.app.inject({
        method: 'POST',
        url: '/api/agreements/check',
        headers: admin.headers,
        payload: { source },
      })
    ).json();
    expect(checked.valid).toBe(false);
    expect(checked.issues.map((i: { path: unknown[] }) => i.path)).toEqual([
      ['platform', 1],
      ['platform', 2],
    ]);
  });

  /** The shipped Qingpu franchisee agreement changed by `edit`, as the admin saves it. */
  const saveFranchiseeVariant = async (edit: (shipped: string) => string) => {
    const shipped = await readFile(path.join(shippedAgreementsDir, 'jt-franchisee-qingpu-2025.yaml'), 'utf8');
    return t.app.inject({
      method: 'POST',
      url: '/api/agreements',
      headers: admin.headers,
      payload: { source: edit(shipped) },
    });
  };

  it('refuses a franchisee agreement that lowers its brand agreement’s standard, naming the parameter', async () => {
    const response = await saveFranchiseeVariant((shipped) =>
      shipped
        .replace('id: jt-franchisee-qingpu-2025', 'id: jt-franchisee-test-lowered')
        .replace('min_share: 0.3 }', 'min_share: 0.2 }'),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues).toEqual([
      expect.objectContaining({
        path: ['source', 'clauses', 0, 'params', 'min_share'],
        en: expect.stringContaining(
          'sets min_share to 0.2, weaker than the standard of the brand agreement jt-express-2025 (0.25)',
        ),
      }),
    ]);
  });

  it('refuses a franchisee agreement that drops a brand clause’s rule or reaches beyond the brand’s platform, at its lines', async () => {
    const response = await saveFranchiseeVariant((shipped) =>
      shipped
        .replace('id: jt-franchisee-qingpu-2025', 'id: jt-franchisee-test-overstepping')
        .replace('platform: jt', 'platform: yto')
        .replace('    rule: ex.wage_arrears\n    params: { grace_days: 0 }\n', ''),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues).toEqual([
      expect.objectContaining({
        path: ['source', 'platform'],
        en: expect.stringMatching(
          /^line 6, column 11: platform: platform yto is not a platform of the brand agreement jt-express-2025/,
        ),
      }),
      expect.objectContaining({
        path: ['source', 'clauses', 1, 'id'],
        en: expect.stringContaining(
          'clause arrears has the id of a clause of the brand agreement jt-express-2025 but replaces its rule ex.wage_arrears by text only',
        ),
      }),
    ]);
  });

  it('moves a draft through negotiation; only the city puts it in force', async () => {
    const draft = [
      'id: qingpu-test-2026',
      'title: 青浦区测试协议',
      'industry: express',
      'effective_from: 2026-12-01',
      'clauses:',
      '  - { id: c1, title: 派费直达, text: 派费直接发放至快递员本人账户。, rule: ex.direct_payment }',
    ].join('\n');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/agreements',
      headers: qingpu.headers,
      payload: { source: draft },
    });
    expect(created.statusCode).toBe(200);
    expect(created.json().status).toBe('draft');
    let rowVersion = created.json().rowVersion as number;
    for (const status of ['negotiating', 'signed']) {
      const moved = await t.app.inject({
        method: 'POST',
        url: '/api/agreements/qingpu-test-2026/status',
        headers: qingpu.headers,
        payload: { status, rowVersion },
      });
      expect(moved.statusCode, status).toBe(200);
      rowVersion = moved.json().rowVersion;
    }
    const byDistrict = await t.app.inject({
      method: 'POST',
      url: '/api/agreements/qingpu-test-2026/status',
      headers: qingpu.headers,
      payload: { status: 'in_force', rowVersion },
    });
    expect(byDistrict.statusCode).toBe(403);
    const skip = await t.app.inject({
      method: 'POST',
      url: '/api/agreements/qingpu-test-2026/status',
      headers: admin.headers,
      payload: { status: 'superseded', rowVersion },
    });
    expect(skip.statusCode).toBe(400);
    const byCity = await t.app.inject({
      method: 'POST',
      url: '/api/agreements/qingpu-test-2026/status',
      headers: admin.headers,
      payload: { status: 'in_force', rowVersion },
    });
    expect(byCity.json().status).toBe('in_force');
    const platformRep = await t.app.inject({
      method: 'POST',
      url: '/api/agreements',
      headers: eleme.headers,
      payload: { source: draft },
    });
    expect(platformRep.statusCode).toBe(403);
  });

  it('publishes the rule library to anyone', async () => {
    const rules = await t.app.inject({ method: 'GET', url: '/api/public/rules' });
    const ids = rules.json().items.map((r: { id: string }) => r.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'fd.min_hourly_pay',
        'rh.commission_cap',
        'fr.freight_advance',
        'ex.wage_arrears',
      ]),
    );
  });
});
