import { roles } from '@gigpact/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../demo/demo-accounts';
import { testEngines } from '../../platform/db/testing';
import { createTestApp, nextTestAddress, signInAs, type Signed, type TestApp } from '../../testing/test-app';

describe.each(testEngines)('account administration on %s', (engine) => {
  let t: TestApp;
  let admin: Signed;
  beforeAll(async () => {
    t = await createTestApp(engine);
    admin = await signInAs(t.app, 'admin');
  });
  afterAll(() => t.close());

  it('lets only the city administrator list accounts, and logs the read', async () => {
    for (const role of roles) {
      const account = demoAccounts.find((a) => a.role === role);
      if (!account) continue;
      const signed = await signInAs(t.app, account.username);
      const response = await t.app.inject({
        method: 'GET',
        url: '/api/admin/users',
        headers: signed.headers,
      });
      expect(response.statusCode, role).toBe(role === 'city_admin' ? 200 : 403);
    }
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/admin/users' });
    expect(anonymous.statusCode).toBe(401);
    const log = await t.app.inject({
      method: 'GET',
      url: '/api/admin/audit-log?action=user.list',
      headers: admin.headers,
    });
    expect(log.json().total).toBeGreaterThanOrEqual(1);
  });

  it('pages and searches accounts', async () => {
    const page = await t.app.inject({
      method: 'GET',
      url: '/api/admin/users?page=2&pageSize=3',
      headers: admin.headers,
    });
    expect(page.json().total).toBe(demoAccounts.length);
    expect(page.json().items).toHaveLength(3);
    const search = await t.app.inject({
      method: 'GET',
      url: '/api/admin/users?q=qing',
      headers: admin.headers,
    });
    expect(search.json().items.map((u: { username: string }) => u.username)).toEqual(['qingpu']);
    expect(JSON.stringify(search.json())).not.toContain('argon2');
  });

  it('creates an account, refuses a duplicate, and checks area against role', async () => {
    const payload = {
      username: 'Zhujiajiao',
      displayName: '朱家角镇工会',
      role: 'street_officer',
      area: 'street:310118102',
      password: 'a long enough password',
    };
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: admin.headers,
      payload,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ username: 'zhujiajiao', areaName: { zh: '青浦区朱家角镇' } });

    const duplicate = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: admin.headers,
      payload,
    });
    expect(duplicate.statusCode).toBe(409);

    const wrongLevel = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: admin.headers,
      payload: { ...payload, username: 'other', area: 'district:310118' },
    });
    expect(wrongLevel.statusCode).toBe(400);
    expect(wrongLevel.json().error.issues[0].path).toEqual(['area']);

    const signed = await signInAs(t.app, 'zhujiajiao', 'a long enough password');
    expect(signed.csrfToken).toBeTruthy();
  });

  it('reports every invalid field with its path in both languages', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: admin.headers,
      payload: { username: '!', role: 'king', area: 3, password: 'short' },
    });
    expect(response.statusCode).toBe(400);
    const issues = response.json().error.issues as { path: string[]; zh: string; en: string }[];
    const paths = issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'body.username',
        'body.displayName',
        'body.role',
        'body.area',
        'body.password',
      ]),
    );
    for (const issue of issues) {
      expect(issue.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(issue.en).toMatch(/[a-z]/);
    }
  });

  it('disables an account, which ends its sessions', async () => {
    const rider = await signInAs(t.app, 'rider');
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/admin/users?q=rider',
      headers: admin.headers,
    });
    const id = list.json().items[0].id as string;
    const disabled = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${id}`,
      headers: admin.headers,
      payload: { disabled: true },
    });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json().disabled).toBe(true);
    const session = await t.app.inject({ method: 'GET', url: '/api/session', headers: rider.headers });
    expect(session.statusCode).toBe(401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'rider', password: 'Gigpact-2026!' },
      remoteAddress: nextTestAddress(),
    });
    expect(again.statusCode).toBe(403);
    expect(again.json().error.code).toBe('ACCOUNT_DISABLED');
  });

  it('does not let the administrator lock themselves out', async () => {
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/admin/users?q=admin',
      headers: admin.headers,
    });
    const id = list.json().items[0].id as string;
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${id}`,
      headers: admin.headers,
      payload: { disabled: true },
    });
    expect(response.statusCode).toBe(409);
  });
});
