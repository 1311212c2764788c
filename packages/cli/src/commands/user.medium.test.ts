import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp, loadConfig, openDatabase, pgliteDirOf } from '@gigpact/server';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';

const bin = path.resolve(import.meta.dirname, '../../bin/gigpact.mjs');
const dataDir = mkdtempSync(path.join(tmpdir(), 'gigpact-user-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The command line on the test's own embedded database, the password given on standard input. */
function gigpact(args: string[], stdin: string) {
  const { GIGPACT_NEW_PASSWORD: _ignored, DATABASE_URL: _alsoIgnored, ...env } = process.env;
  return spawnSync(process.execPath, [bin, ...args], {
    env: { ...env, GIGPACT_DATA_DIR: dataDir },
    input: stdin,
    encoding: 'utf8',
  });
}

/** The status of signing in as `username` with `password`, on the product over the same database. */
async function signInStatus(username: string, password: string): Promise<number> {
  const config = loadConfig({ GIGPACT_DATA_DIR: dataDir });
  const database = await openDatabase({ pgliteDir: pgliteDirOf(config) });
  try {
    const app = await buildApp({
      db: database.db,
      databaseKind: database.kind,
      config,
      startedAt: new Date(),
      now: () => new Date(),
      readiness: { ready: true },
      demo: { seeded: false },
    });
    const response = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username, password },
    });
    await app.close();
    return response.statusCode;
  } finally {
    await database.close();
  }
}

/** The audit log's entries made at the command line: action, subject and how. */
async function commandLineEntries(): Promise<string[][]> {
  const database = await openDatabase({ pgliteDir: pgliteDirOf(loadConfig({ GIGPACT_DATA_DIR: dataDir })) });
  try {
    const rows = await database.db.execute<{ action: string; subject: string; via: string }>(
      sql`SELECT action, subject, details->>'via' AS via FROM audit_log WHERE actor_id IS NULL ORDER BY at, action`,
    );
    return (rows as unknown as { rows: { action: string; subject: string; via: string }[] }).rows.map((r) => [
      r.action,
      r.subject,
      r.via,
    ]);
  } finally {
    await database.close();
  }
}

describe('gigpact user set-password', () => {
  it('sets the password read from standard input, as user create reads it', async () => {
    const created = gigpact(
      ['user', 'create', '-u', 'wang', '-n', '王干事', '-r', 'district_officer', '-a', 'district:310118'],
      'first password here\n',
    );
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);

    const set = gigpact(['user', 'set-password', 'wang'], 'second password here\nignored line\n');
    expect(set.stderr).toBe('');
    expect(set.status).toBe(0);
    expect(set.stdout).toContain('wang');
    expect(await signInStatus('wang', 'second password here')).toBe(200);
    expect(await signInStatus('wang', 'first password here')).toBe(401);
    // Both changes are in the audit log, by no signed-in actor but the command line.
    expect(await commandLineEntries()).toEqual([
      ['user.create', 'user:wang', 'command line'],
      ['user.password_reset', 'user:wang', 'command line'],
    ]);
    // Each command starts a process and opens the embedded database: minutes on a busy machine.
  }, 300_000);

  it('refuses a short password and an unknown user, in both languages, with exit code 1', () => {
    const short = gigpact(['user', 'set-password', 'wang'], 'short\n');
    expect(short.status).toBe(1);
    expect(short.stderr).toContain('密码至少 10 个字符');
    expect(short.stderr).toContain('at least 10 characters');

    const unknown = gigpact(['user', 'set-password', 'nobody'], 'a long enough password\n');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('找不到账户 nobody');
    expect(unknown.stderr).toContain('not found');
  }, 300_000);

  it('is described in the help', () => {
    const help = gigpact(['user', '--help'], '');
    expect(help.stdout).toMatch(/set-password <username>/);
  }, 120_000);
});
