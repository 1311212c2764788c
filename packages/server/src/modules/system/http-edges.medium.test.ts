import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../platform/db/testing';
import { isOpenRoute } from '../../platform/http/auth';
import { createTestApp, signInAs, type TestApp } from '../../testing/test-app';

describe.each(testEngines)('HTTP edges on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('answers health 200 when ready and 503 with NOT_READY for the API before', async () => {
    expect((await t.app.inject('/api/health')).json()).toEqual({ status: 'ok' });
    t.ctx.readiness.ready = false;
    try {
      const health = await t.app.inject('/api/health');
      expect(health.statusCode).toBe(503);
      const other = await t.app.inject('/api/regions');
      expect(other.statusCode).toBe(503);
      expect(other.json().error.code).toBe('NOT_READY');
    } finally {
      t.ctx.readiness.ready = true;
    }
  });

  it('answers unknown routes, malformed JSON, wrong types and oversized bodies with clean errors', async () => {
    const cases = [
      {
        request: { method: 'GET' as const, url: '/api/no-such-thing' },
        status: 404,
        code: 'ROUTE_NOT_FOUND',
      },
      {
        request: {
          method: 'POST' as const,
          url: '/api/session',
          headers: { 'content-type': 'application/json' },
          payload: '{"username": ',
        },
        status: 400,
        code: 'MALFORMED_JSON',
      },
      {
        request: { method: 'POST' as const, url: '/api/session', payload: { username: 42, password: [] } },
        status: 400,
        code: 'VALIDATION_FAILED',
      },
      {
        request: {
          method: 'POST' as const,
          url: '/api/session',
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify({ username: 'x', password: 'y'.repeat(2 * 1024 * 1024) }),
        },
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
      },
      {
        request: {
          method: 'POST' as const,
          url: '/api/session',
          headers: { 'content-type': 'application/x-unknown' },
          payload: 'hello',
        },
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
      },
    ];
    for (const { request, status, code } of cases) {
      const response = await t.app.inject(request);
      expect(response.statusCode, code).toBe(status);
      const body = response.json();
      expect(body.error.code).toBe(code);
      expect(body.error.message.zh).toBeTruthy();
      expect(body.error.message.en).toBeTruthy();
      expect(body.error.requestId).toBe(response.headers['x-request-id']);
      expect(response.body).not.toMatch(/at .*\.ts:\d+/);
    }
  });

  it('refuses a request without an account to every route but the open ones, before reading what it sends', async () => {
    // Every route the API describes (OpenAPI writes `/api/cases/{id}` for `/api/cases/:id`).
    const paths = (await t.app.inject('/api/docs/json')).json().paths as Record<
      string,
      Record<string, unknown>
    >;
    const routes = Object.entries(paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => ({
        method: method.toUpperCase(),
        url: path.replace(/\{(\w+)\}/g, ':$1'),
      })),
    );
    expect(routes.length).toBeGreaterThan(100);
    const answered: string[] = [];
    for (const { method, url } of routes) {
      // Every parameter and body as no route accepts them: a route that checked them first would answer 400.
      const response = await t.app.inject({
        method: method as 'GET',
        url: url.replace(/:\w+/g, '%00').replace(/\*$/, 'x'),
        payload:
          method === 'GET' || method === 'DELETE' ? undefined : { not: ['what', 'any', 'route', 'takes'] },
      });
      if (isOpenRoute(method, url)) expect(response.statusCode, `${method} ${url}`).not.toBe(401);
      else {
        expect([method, url, response.statusCode]).toEqual([method, url, 401]);
        expect(response.json().error.code).toBe('UNAUTHENTICATED');
      }
      answered.push(`${method} ${url}`);
    }
    // The open routes are few and named.
    expect(answered.filter((r) => isOpenRoute(r.split(' ')[0]!, r.split(' ')[1]!)).length).toBeLessThan(12);
  });

  it('serves the OpenAPI document and the regions', async () => {
    const docs = await t.app.inject('/api/docs/json');
    expect(docs.statusCode).toBe(200);
    expect(Object.keys(docs.json().paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/session', '/api/admin/users']),
    );
    const regions = await t.app.inject('/api/regions');
    expect(regions.json().districts).toHaveLength(16);
  });

  it('tells a signed-in user which database and data the system runs on', async () => {
    const signed = await signInAs(t.app, 'qingpu');
    const system = await t.app.inject({ method: 'GET', url: '/api/system', headers: signed.headers });
    expect(system.json()).toMatchObject({ database: engine, demoData: true });
    expect((await t.app.inject('/api/system')).statusCode).toBe(401);
  });
});
