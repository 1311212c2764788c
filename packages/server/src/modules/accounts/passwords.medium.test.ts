import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../demo/demo-accounts';
import { testEngines } from '../../platform/db/testing';
import { AppError } from '../../platform/http/errors';
import { createTestApp, nextTestAddress, signInAs, type Signed, type TestApp } from '../../testing/test-app';
import { setPasswordByUsername } from './commands/setPassword';

describe.each(testEngines)('passwords and lockouts on %s', (engine) => {
  let t: TestApp;
  let admin: Signed;
  beforeAll(async () => {
    t = await createTestApp(engine);
    admin = await signInAs(t.app, 'admin');
  });
  afterAll(() => t.close());

  const signIn = (username: string, password: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username, password },
      remoteAddress: nextTestAddress(),
    });
  const sessionOf = (signed: Signed) =>
    t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: signed.cookie } });
  const idOf = async (username: string): Promise<string> => {
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/admin/users?q=${username}`,
      headers: admin.headers,
    });
    const found = (list.json().items as { id: string; username: string }[]).find(
      (u) => u.username === username,
    );
    if (!found) throw new Error(`no account ${username}`);
    return found.id;
  };
  const summaryOf = async (username: string) => {
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/admin/users?q=${username}`,
      headers: admin.headers,
    });
    return (list.json().items as { username: string; lockedUntil: string | null }[]).find(
      (u) => u.username === username,
    )!;
  };
  const lock = async (username: string) => {
    for (let attempt = 1; attempt <= 5; attempt++) await signIn(username, `wrong password ${attempt}`);
    expect((await signIn(username, demoPassword)).statusCode).toBe(423);
  };
  const auditSubjects = async (action: string) => {
    const log = await t.app.inject({
      method: 'GET',
      url: `/api/admin/audit-log?action=${action}&pageSize=100`,
      headers: admin.headers,
    });
    return (log.json().items as { subject: string; actorUsername: string | null }[]).map(
      (e) => `${e.actorUsername ?? '-'} ${e.subject}`,
    );
  };

  describe('a signed-in user changing their own password', () => {
    const change = (signed: Signed | undefined, payload: object, headers?: Record<string, string>) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/session/password',
        headers: headers ?? signed?.headers ?? {},
        payload,
      });

    it('needs a session and the CSRF token', async () => {
      const anonymous = await change(undefined, {
        currentPassword: demoPassword,
        newPassword: 'x'.repeat(12),
      });
      expect(anonymous.statusCode).toBe(401);
      const signed = await signInAs(t.app, 'eleme');
      const withoutToken = await change(
        signed,
        { currentPassword: demoPassword, newPassword: 'x'.repeat(12) },
        { cookie: signed.cookie },
      );
      expect(withoutToken.statusCode).toBe(403);
      expect(withoutToken.json().error.code).toBe('CSRF_INVALID');
    });

    it('refuses a wrong current password, a short new one and the same one, naming the field in both languages', async () => {
      const signed = await signInAs(t.app, 'qingpu');
      const wrong = await change(signed, {
        currentPassword: 'not my password',
        newPassword: 'a new long password',
      });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.issues).toEqual([
        {
          path: ['currentPassword'],
          zh: expect.stringMatching(/当前密码/),
          en: expect.stringMatching(/current/),
        },
      ]);
      const short = await change(signed, { currentPassword: demoPassword, newPassword: 'short' });
      expect(short.statusCode).toBe(400);
      const [shortIssue] = short.json().error.issues;
      expect(shortIssue.path).toEqual(['body', 'newPassword']);
      expect(shortIssue.zh).toMatch(/10/);
      expect(shortIssue.en).toMatch(/10/);
      const same = await change(signed, { currentPassword: demoPassword, newPassword: demoPassword });
      expect(same.statusCode).toBe(400);
      expect(same.json().error.issues[0].path).toEqual(['newPassword']);
      expect(same.json().error.issues[0].zh).toMatch(/[\u4e00-\u9fff]/);
      // None of these changed anything.
      expect((await signIn('qingpu', demoPassword)).statusCode).toBe(200);
    });

    it('changes it, keeps this session, ends the others, and logs it', async () => {
      const here = await signInAs(t.app, 'xujing');
      const elsewhere = await signInAs(t.app, 'xujing');
      const changed = await change(here, { currentPassword: demoPassword, newPassword: 'Xujing-new-2026' });
      expect(changed.statusCode).toBe(204);
      expect((await sessionOf(here)).statusCode).toBe(200);
      expect((await sessionOf(elsewhere)).statusCode).toBe(401);
      expect((await signIn('xujing', demoPassword)).statusCode).toBe(401);
      expect((await signIn('xujing', 'Xujing-new-2026')).statusCode).toBe(200);
      expect(await auditSubjects('user.password_change')).toContain('xujing user:xujing');
      expect(JSON.stringify(await auditSubjects('user.password_change'))).not.toContain('Xujing-new-2026');
    });

    it('counts wrong current passwords toward the lockout', async () => {
      const signed = await signInAs(t.app, 'procurator');
      const statuses: number[] = [];
      for (let attempt = 1; attempt <= 6; attempt++) {
        const response = await change(signed, {
          currentPassword: `wrong ${attempt}`,
          newPassword: 'a new long password',
        });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([400, 400, 400, 400, 423, 423]);
      const right = await change(signed, {
        currentPassword: demoPassword,
        newPassword: 'a new long password',
      });
      expect(right.statusCode).toBe(423);
      expect(right.json().error.code).toBe('ACCOUNT_LOCKED');
      expect((await signIn('procurator', demoPassword)).statusCode).toBe(423);
    });

    it('limits each user to ten tries a quarter of an hour', async () => {
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/admin/users',
        headers: admin.headers,
        payload: {
          username: 'tries',
          displayName: '试错',
          role: 'worker',
          area: 'city:310000',
          password: 'a long enough password',
        },
      });
      expect(created.statusCode).toBe(201);
      const signed = await signInAs(t.app, 'tries', 'a long enough password');
      const statuses: number[] = [];
      for (let attempt = 1; attempt <= 11; attempt++) {
        const response = await change(signed, {
          currentPassword: `wrong ${attempt}`,
          newPassword: 'x'.repeat(12),
        });
        statuses.push(response.statusCode);
      }
      expect(statuses.slice(0, 10).every((status) => status === 400 || status === 423)).toBe(true);
      expect(statuses[10]).toBe(429);
      expect(await auditSubjects('user.password_change_failed')).toContain('tries user:tries');
    });
  });

  describe('the city administrator', () => {
    it('alone may reset passwords and unlock accounts', async () => {
      const id = await idOf('eleme');
      for (const username of ['qingpu', 'mediator', 'eleme', 'rider']) {
        const signed = await signInAs(t.app, username);
        const reset = await t.app.inject({
          method: 'PUT',
          url: `/api/admin/users/${id}/password`,
          headers: signed.headers,
          payload: { newPassword: 'a long enough password' },
        });
        expect(reset.statusCode, username).toBe(403);
        const unlock = await t.app.inject({
          method: 'POST',
          url: `/api/admin/users/${id}/unlock`,
          headers: signed.headers,
        });
        expect(unlock.statusCode, username).toBe(403);
      }
      const anonymous = await t.app.inject({
        method: 'PUT',
        url: `/api/admin/users/${id}/password`,
        payload: { newPassword: 'a long enough password' },
      });
      expect(anonymous.statusCode).toBe(401);
    });

    it('resets a locked user’s password: the lockout is cleared, their sessions end, and it is logged', async () => {
      const before = await signInAs(t.app, 'huangpu');
      await lock('huangpu');
      expect((await summaryOf('huangpu')).lockedUntil).toEqual(expect.any(String));
      const reset = await t.app.inject({
        method: 'PUT',
        url: `/api/admin/users/${await idOf('huangpu')}/password`,
        headers: admin.headers,
        payload: { newPassword: 'Huangpu-reset-2026' },
      });
      expect(reset.statusCode).toBe(200);
      expect(reset.json()).toMatchObject({ username: 'huangpu', lockedUntil: null });
      expect(JSON.stringify(reset.json())).not.toMatch(/argon2|Huangpu-reset/);
      expect((await sessionOf(before)).statusCode).toBe(401);
      expect((await signIn('huangpu', demoPassword)).statusCode).toBe(401);
      expect((await signIn('huangpu', 'Huangpu-reset-2026')).statusCode).toBe(200);
      expect(await auditSubjects('user.password_reset')).toContain('admin user:huangpu');
    });

    it('refuses a short password, an unknown account, and resetting their own', async () => {
      const short = await t.app.inject({
        method: 'PUT',
        url: `/api/admin/users/${await idOf('rider')}/password`,
        headers: admin.headers,
        payload: { newPassword: 'short' },
      });
      expect(short.statusCode).toBe(400);
      expect(short.json().error.issues[0].path).toEqual(['body', 'newPassword']);
      expect(short.json().error.issues[0].zh).toMatch(/10/);
      const unknown = await t.app.inject({
        method: 'PUT',
        url: '/api/admin/users/00000000-0000-4000-8000-000000000000/password',
        headers: admin.headers,
        payload: { newPassword: 'a long enough password' },
      });
      expect(unknown.statusCode).toBe(404);
      const own = await t.app.inject({
        method: 'PUT',
        url: `/api/admin/users/${await idOf('admin')}/password`,
        headers: admin.headers,
        payload: { newPassword: 'a long enough password' },
      });
      expect(own.statusCode).toBe(409);
      expect(own.json().error.message.zh).toMatch(/修改密码/);
    });

    it('unlocks a locked account without changing its password, and logs it', async () => {
      await lock('mediator');
      const id = await idOf('mediator');
      const unlocked = await t.app.inject({
        method: 'POST',
        url: `/api/admin/users/${id}/unlock`,
        headers: admin.headers,
      });
      expect(unlocked.statusCode).toBe(200);
      expect(unlocked.json()).toMatchObject({ username: 'mediator', lockedUntil: null });
      expect((await signIn('mediator', demoPassword)).statusCode).toBe(200);
      expect(await auditSubjects('user.unlock')).toContain('admin user:mediator');
      const unknown = await t.app.inject({
        method: 'POST',
        url: '/api/admin/users/00000000-0000-4000-8000-000000000000/unlock',
        headers: admin.headers,
      });
      expect(unknown.statusCode).toBe(404);
    });
  });

  describe('the operator’s command', () => {
    it('sets a password by user name: the lockout is cleared, sessions end, and it is logged as the system', async () => {
      const before = await signInAs(t.app, 'rider');
      await lock('rider');
      const updated = await setPasswordByUsername(t.ctx.db, 'rider', 'Rider-set-by-operator');
      expect(updated.username).toBe('rider');
      expect((await sessionOf(before)).statusCode).toBe(401);
      expect((await signIn('rider', 'Rider-set-by-operator')).statusCode).toBe(200);
      expect(await auditSubjects('user.password_reset')).toContain('- user:rider');
    });

    it('refuses an unknown user name and a short password', async () => {
      await expect(setPasswordByUsername(t.ctx.db, 'nobody-here', 'long enough password')).rejects.toThrow(
        AppError,
      );
      const short = await setPasswordByUsername(t.ctx.db, 'eleme', 'short').catch((e: unknown) => e);
      expect(short).toBeInstanceOf(AppError);
      expect((short as AppError).toBody().error.issues?.[0]?.zh).toMatch(/10/);
    });
  });
});
