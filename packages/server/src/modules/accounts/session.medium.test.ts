import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../platform/db/testing';
import { createTestApp, signInAs, type TestApp } from '../../testing/test-app';

describe.each(testEngines)('signing in and out on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('signs in with the right password and returns the user, the modules and a CSRF token', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'qingpu', password: 'Gigpact-2026!' },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'gigpact_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const body = response.json();
    expect(body.user).toMatchObject({
      username: 'qingpu',
      role: 'district_officer',
      area: 'district:310118',
      areaName: { zh: '青浦区', en: 'Qingpu' },
    });
    expect(body.user.modules).toContain('dashboard');
    expect(body.user.modules).not.toContain('admin');
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
  });

  it('refuses a wrong password and an unknown user alike, in both languages', async () => {
    for (const payload of [
      { username: 'qingpu', password: 'wrong password' },
      { username: 'nobody', password: 'whatever it is' },
    ]) {
      const response = await t.app.inject({ method: 'POST', url: '/api/session', payload });
      expect(response.statusCode).toBe(401);
      expect(response.json().error).toMatchObject({
        code: 'INVALID_CREDENTIALS',
        message: { zh: '用户名或密码错误', en: 'Wrong user name or password' },
      });
    }
  });

  it('locks an account after five wrong passwords, even against the right one', async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username: 'huangpu', password: `wrong ${attempt}` },
        remoteAddress: `10.0.0.${attempt}`,
      });
      expect(response.statusCode).toBe(attempt < 5 ? 401 : 423);
    }
    const right = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'huangpu', password: 'Gigpact-2026!' },
      remoteAddress: '10.0.1.1',
    });
    expect(right.statusCode).toBe(423);
    expect(right.json().error.code).toBe('ACCOUNT_LOCKED');
  });

  it('answers repeated failures for an unknown user name as for a real account, creating no account', async () => {
    const answers = async (username: string) => {
      const seen: { status: number; code: string; message: unknown }[] = [];
      for (let attempt = 1; attempt <= 7; attempt++) {
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/session',
          payload: { username, password: `wrong ${attempt}` },
          remoteAddress: `10.0.2.${attempt}`,
        });
        seen.push({
          status: response.statusCode,
          code: response.json().error.code,
          message: response.json().error.message,
        });
      }
      return seen;
    };
    const real = await answers('eleme');
    expect(real.map((a) => a.status)).toEqual([401, 401, 401, 401, 423, 423, 423]);
    expect(await answers('ghost-account')).toEqual(real);
    const admin = await signInAs(t.app, 'admin');
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/admin/users?q=ghost',
      headers: admin.headers,
    });
    expect(list.json().total).toBe(0);
  });

  it('rate-limits repeated sign-in attempts from one address', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/session',
        // A different unknown name each time: each stays below its own lockout, the address does not.
        payload: { username: `nobody-${attempt}`, password: 'whatever it is' },
        remoteAddress: '192.0.2.77',
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it('requires the CSRF token for state-changing requests and signs out', async () => {
    const signed = await signInAs(t.app, 'xujing');
    const withoutToken = await t.app.inject({
      method: 'PUT',
      url: '/api/session/preferences',
      headers: { cookie: signed.cookie },
      payload: { language: 'en' },
    });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().error.code).toBe('CSRF_INVALID');

    const changed = await t.app.inject({
      method: 'PUT',
      url: '/api/session/preferences',
      headers: signed.headers,
      payload: { language: 'en' },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().user.language).toBe('en');

    const out = await t.app.inject({ method: 'DELETE', url: '/api/session', headers: signed.headers });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: signed.cookie },
    });
    expect(after.statusCode).toBe(401);
  });

  it('remembers the language across sign-ins', async () => {
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'xujing', password: 'Gigpact-2026!' },
      remoteAddress: '10.0.9.9',
    });
    expect(again.json().user.language).toBe('en');
  });

  it('records sign-ins and failures in the audit log', async () => {
    const admin = await signInAs(t.app, 'admin');
    const log = await t.app.inject({
      method: 'GET',
      url: '/api/admin/audit-log?action=session.login_failed&pageSize=100',
      headers: admin.headers,
    });
    expect(log.statusCode).toBe(200);
    const subjects = log.json().items.map((i: { subject: string }) => i.subject);
    expect(subjects).toContain('user:qingpu');
    expect(subjects).toContain('user:nobody');
  });
});
