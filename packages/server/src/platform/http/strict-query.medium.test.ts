import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../db/testing';
import { createTestApp, signInAs, type Signed, type TestApp } from '../../testing/test-app';

interface Issue {
  path: (string | number)[];
  zh: string;
  en: string;
}

// A list of every module that takes a query string, each with a parameter it does not take.
const misspelt = [
  '/api/admin/users?qq=wang',
  '/api/admin/audit-log?actoin=session.created',
  '/api/agreements?industy=food_delivery',
  '/api/datasets?knid=delivery_orders',
  '/api/registry/enterprises?distrct=310104',
  '/api/registry/members?distrct=310104',
  '/api/registry/organisations?parnet=x',
  '/api/registry/coverage?distrct=310104',
  '/api/cases?stauts=open',
  '/api/cases/export?stauts=open',
  '/api/supervision/letters?knid=hint',
  '/api/supervision/campaigns/00000000-0000-4000-8000-000000000000/targets?reslt=open',
  '/api/mediation/requests?stauts=open',
  '/api/governance/scenarios?agreemnt=x',
  '/api/audits/runs?agreement=x',
  '/api/audits/findings?platfrom=eleme',
];
// Routes that take no query string at all, sent one.
const unasked = [
  '/api/public/scorecards?platform=eleme',
  '/api/regions?lang=en',
  '/api/dashboard?district=310104',
];

describe.each(testEngines)('query parameters a route does not take, on %s', (engine) => {
  let t: TestApp;
  let admin: Signed;
  beforeAll(async () => {
    t = await createTestApp(engine);
    admin = await signInAs(t.app, 'admin');
  });
  afterAll(() => t.close());

  const refusal = async (url: string) => {
    const response = await t.app.inject({ method: 'GET', url, headers: admin.headers });
    expect(response.statusCode, response.body).toBe(400);
    const { error } = response.json() as { error: { code: string; issues: Issue[] } };
    expect(error.code).toBe('VALIDATION_FAILED');
    const name = new URL(url, 'http://x').searchParams.keys().next().value!;
    return { issues: error.issues, name };
  };

  it.each(misspelt)('refuses %s in both languages, naming it and the parameters taken', async (url) => {
    const { issues, name } = await refusal(url);
    expect(issues).toContainEqual({
      path: ['querystring', name],
      zh: expect.stringMatching(new RegExp(`^${name}：不是此处可用的查询参数（可用：.+）$`)) as string,
      en: expect.stringMatching(
        new RegExp(`^${name}: not a query parameter this address takes \\(it takes: .+\\)$`),
      ) as string,
    });
  });

  it.each(unasked)('refuses %s, a parameter sent where none is taken', async (url) => {
    const { issues, name } = await refusal(url);
    expect(issues).toEqual([
      {
        path: ['querystring', name],
        zh: `${name}：此处不接受查询参数`,
        en: `${name}: this address takes no query parameters`,
      },
    ]);
  });

  it('still answers the parameters a route declares', async () => {
    for (const url of [
      '/api/admin/users?q=wang&page=1',
      '/api/cases?pageSize=5',
      '/api/agreements?industry=food_delivery',
    ]) {
      const response = await t.app.inject({ method: 'GET', url, headers: admin.headers });
      expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    }
  });
});
