import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const bin = path.resolve(import.meta.dirname, '../bin/gigpact.mjs');
const dataDir = mkdtempSync(path.join(tmpdir(), 'gigpact-serve-'));
const children: ChildProcess[] = [];
afterAll(() => {
  // A failed expectation must not leave a server running.
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

function start(port: number): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(process.execPath, [bin, 'serve'], {
    env: { ...process.env, PORT: String(port), GIGPACT_DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

async function healthOf(port: number): Promise<number | undefined> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/api/health`)).status;
  } catch {
    return undefined;
  }
}

describe('gigpact serve as a process', () => {
  it('survives a kill during start-up, then starts, serves, prints the demo accounts and stops on SIGTERM', async () => {
    const first = start(18_731);
    await waitFor(() => first.output().includes('database opened'), 'the database to open');
    first.child.kill('SIGKILL');
    await exited(first.child);

    const second = start(18_732);
    await waitFor(async () => (await healthOf(18_732)) === 200, 'health 200');
    // Logs are written asynchronously: wait for the line rather than expect it at the instant health turns 200.
    await waitFor(() => second.output().includes('demo accounts'), 'the demo accounts in the log');
    expect(second.output()).toContain('Gigpact-2026!');
    const login = await fetch('http://127.0.0.1:18732/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'Gigpact-2026!' }),
    });
    expect(login.status).toBe(200);
    const exit = exited(second.child);
    second.child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(second.output()).toContain('stopped');
    // Two start-ups, each applying the migrations and seeding the demo: minutes on a busy machine.
  }, 240_000);

  it('creates the first administrator from the command line', () => {
    const env = { ...process.env, GIGPACT_DATA_DIR: dataDir, GIGPACT_NEW_PASSWORD: 'first admin password' };
    const created = spawnSync(
      process.execPath,
      [
        bin,
        'user',
        'create',
        '--username',
        'chen',
        '--name',
        '陈主任',
        '--role',
        'city_admin',
        '--area',
        'city:310000',
      ],
      { env, encoding: 'utf8' },
    );
    expect(created.stderr).toBe('');
    expect(created.stdout).toContain('chen (city_admin, city:310000)');
    expect(created.status).toBe(0);

    const again = spawnSync(process.execPath, [bin, 'user', 'create', '--username', 'chen'], {
      env,
      encoding: 'utf8',
    });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('用户名 chen 已被使用');

    const badRole = spawnSync(process.execPath, [bin, 'user', 'create', '-u', 'x', '--role', 'king'], {
      env,
      encoding: 'utf8',
    });
    expect(badRole.status).not.toBe(0);
    expect(badRole.stderr).toContain('role must be one of');
  });

  it('prints bilingual help', () => {
    const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/serve \[options\]\s+启动服务/);
    expect(help.stdout).toContain('run the product');
  });
});
