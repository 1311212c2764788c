import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app';
import type { TrustProxy } from './config';
import { testEngines } from './platform/db/testing';
import { createTestApp, signInAs, type Signed, type TestApp } from './testing/test-app';

interface Entry {
  subject: string;
  ip: string | null;
  requestId: string | null;
}

describe.each(testEngines)('what the server believes of a request on %s', (engine) => {
  let t: TestApp;
  let admin: Signed;
  const started: FastifyInstance[] = [];
  beforeAll(async () => {
    t = await createTestApp(engine);
    admin = await signInAs(t.app, 'admin');
  });
  afterAll(async () => {
    for (const app of started) await app.close();
    await t.close();
  });

  /** The same product on the same database, behind the proxies `trustProxy` describes. */
  const behind = async (trustProxy: TrustProxy) => {
    const app = await buildApp({ ...t.ctx, config: { ...t.ctx.config, trustProxy } });
    await app.ready();
    started.push(app);
    return app;
  };
  const failedSignIns = async (): Promise<Entry[]> => {
    const log = await t.app.inject({
      method: 'GET',
      url: '/api/admin/audit-log?action=session.login_failed&pageSize=200',
      headers: admin.headers,
    });
    return log.json().items as Entry[];
  };
  const failSignIn = (app: FastifyInstance, username: string, remoteAddress: string, forwardedFor?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username, password: 'wrong password' },
      remoteAddress,
      headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
    });

  it('with GIGPACT_TRUST_PROXY=true, believes only the address the nearest proxy added', async () => {
    const app = await behind({ hops: 1 });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      // The client forges a new first address each time; the proxy (10.9.9.9) appends the real one.
      const response = await failSignIn(
        app,
        `hop-${attempt}`,
        '10.9.9.9',
        `198.18.0.${attempt}, 203.0.113.50`,
      );
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([...Array<number>(10).fill(401), 429, 429]);
    const entries = (await failedSignIns()).filter((e) => e.subject.startsWith('user:hop-'));
    expect(entries).toHaveLength(10);
    expect(new Set(entries.map((e) => e.ip))).toEqual(new Set(['203.0.113.50']));
  });

  it('with a list of proxies, believes X-Forwarded-For only from them', async () => {
    const app = await behind({ addresses: ['10.0.0.0/8'] });
    await failSignIn(app, 'listed-direct', '192.0.2.10', '203.0.113.77');
    await failSignIn(app, 'listed-proxied', '10.1.1.1', '198.18.9.9, 203.0.113.78, 10.2.2.2');
    const entries = await failedSignIns();
    expect(entries.find((e) => e.subject === 'user:listed-direct')?.ip).toBe('192.0.2.10');
    expect(entries.find((e) => e.subject === 'user:listed-proxied')?.ip).toBe('203.0.113.78');
  });

  it('without trusted proxies, ignores X-Forwarded-For', async () => {
    await failSignIn(t.app, 'no-proxy', '192.0.2.11', '203.0.113.79');
    expect((await failedSignIns()).find((e) => e.subject === 'user:no-proxy')?.ip).toBe('192.0.2.11');
  });

  it('makes its own request ids: a client’s x-request-id reaches neither the answer nor the audit log', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'request-id-probe', password: 'wrong password' },
      remoteAddress: '192.0.2.12',
      headers: { 'x-request-id': 'forged-request-id' },
    });
    const id = response.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(response.json().error.requestId).toBe(id);
    const entry = (await failedSignIns()).find((e) => e.subject === 'user:request-id-probe');
    expect(entry?.requestId).toBe(id);
  });
});
