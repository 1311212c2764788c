import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../db/testing';
import { createTestApp, nextTestAddress, signInAs, type Signed, type TestApp } from '../../testing/test-app';
import { isOpenRoute } from './auth';

interface Issue {
  path: (string | number)[];
  zh: string;
  en: string;
}

/** The answer is a bilingual 400 whose issues name `path`, and says nothing of SQL. */
function expectRefused(response: { statusCode: number; json(): unknown; body: string }, path: string[]) {
  expect(response.statusCode, response.body).toBe(400);
  const { error } = response.json() as { error: { code: string; issues: Issue[] } };
  expect(error.code).toBe('VALIDATION_FAILED');
  expect(error.issues).toContainEqual({
    path,
    zh: expect.stringMatching(/空字符/),
    en: expect.stringMatching(/NUL/),
  });
  expect(response.body).not.toMatch(/select|invalid byte sequence/i);
}

describe.each(testEngines)('NUL characters in requests on %s', (engine) => {
  let t: TestApp;
  let admin: Signed;
  beforeAll(async () => {
    t = await createTestApp(engine);
    admin = await signInAs(t.app, 'admin');
  });
  afterAll(() => t.close());

  it('refuses them when signing in, naming the field, without an account', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'a\u0000b', password: 'x' },
      remoteAddress: nextTestAddress(),
    });
    expectRefused(response, ['body', 'username']);
    expect((response.json() as { error: { issues: Issue[] } }).error.issues[0]).toEqual({
      path: ['body', 'username'],
      zh: 'username：不能包含空字符（U+0000）',
      en: 'username: must not contain the NUL character (U+0000)',
    });
  });

  it('refuses them in the path, the query and nested body fields of the routes the review named', async () => {
    expectRefused(await t.app.inject({ method: 'GET', url: '/api/public/agreements/%00x' }), [
      'params',
      'id',
    ]);
    const signedGet = (url: string) => t.app.inject({ method: 'GET', url, headers: admin.headers });
    expectRefused(await signedGet('/api/cases?q=%00abc'), ['querystring', 'q']);
    expectRefused(await signedGet('/api/admin/users?q=%00'), ['querystring', 'q']);
    expectRefused(await signedGet('/api/agreements/%00abc'), ['params', 'id']);
    const nested = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: admin.headers,
      payload: {
        username: 'ok',
        displayName: 'x',
        role: 'worker',
        area: 'city:310000',
        password: 'p'.repeat(12),
        tags: [{ note: 'a\u0000' }],
      },
    });
    expectRefused(nested, ['body', 'tags', 0, 'note'] as unknown as string[]);
    const key = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/00000000-0000-4000-8000-000000000000`,
      headers: admin.headers,
      payload: { 'display\u0000Name': 'x' },
    });
    expectRefused(key, ['body', 'display\\u0000Name']);
  });

  it('refuses them on every route, before the route reads anything', async () => {
    const paths = (await t.app.inject('/api/docs/json')).json().paths as Record<
      string,
      Record<string, unknown>
    >;
    const routes = Object.entries(paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => ({ method: method.toUpperCase(), url: path })),
    );
    expect(routes.length).toBeGreaterThan(100);
    const wrong: string[] = [];
    for (const { method, url } of routes) {
      const withQuery = `${url.replace(/\{(\w+)\}/g, 'x').replace(/\*$/, 'x')}?probe=%00`;
      const open = isOpenRoute(method, url.replace(/\{(\w+)\}/g, ':$1'));
      const response = await t.app.inject({
        method: method as 'GET',
        url: withQuery,
        headers: open ? {} : admin.headers,
        remoteAddress: nextTestAddress(),
      });
      const issues =
        response.statusCode === 400 ? (response.json() as { error: { issues?: Issue[] } }).error.issues : [];
      if (!issues?.some((i) => i.path.join('.') === 'querystring.probe')) {
        wrong.push(`${method} ${url} → ${response.statusCode}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
