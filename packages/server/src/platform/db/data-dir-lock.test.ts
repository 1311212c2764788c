import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir, lockFileOf, type LockHolder } from './data-dir-lock';

const root = mkdtempSync(path.join(tmpdir(), 'gigpact-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
const freshDir = () => path.join(root, `data-${++n}`, 'pglite');

/** A lock file as another process would have left it. */
function writeLock(dir: string, holder: LockHolder): string {
  const file = lockFileOf(dir);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(holder));
  return file;
}

/** The pid of a process that has run and ended. */
function deadPid(): number {
  const ended = spawnSync(process.execPath, ['-e', '']);
  expect(ended.status).toBe(0);
  return ended.pid!;
}

describe('the data directory lock', () => {
  it('is a file beside the folder naming this process, removed on release', () => {
    const dir = freshDir();
    const lock = lockDataDir(dir);
    expect(lock.file).toBe(`${path.resolve(dir)}.lock`);
    const holder = JSON.parse(readFileSync(lock.file, 'utf8'));
    expect(holder).toMatchObject({ pid: process.pid, host: hostname() });
    expect(Date.parse(holder.startedAt)).not.toBeNaN();
    // Nothing is created inside the folder: PGlite refuses a folder that is not empty.
    expect(existsSync(dir)).toBe(false);
    lock.release();
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
    expect(readdirSync(path.dirname(dir))).toEqual([]);
  });

  it('refuses a second taker in this process until released, then can be taken again', () => {
    const dir = freshDir();
    const first = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(`${dir}/`)).toThrow(/already open in this process/);
    first.release();
    const again = lockDataDir(dir);
    again.release();
  });

  it('refuses a lock held by a live process, naming the folder, the pid and what to do', () => {
    const dir = freshDir();
    const holder = { pid: process.ppid, host: hostname(), startedAt: '2026-01-01T00:00:00.000Z', token: 't' };
    const file = writeLock(dir, holder);
    let error: unknown;
    try {
      lockDataDir(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataDirLockedError);
    const message = (error as Error).message;
    expect(message).toContain(path.resolve(dir));
    expect(message).toContain(`进程 ${process.ppid}`);
    expect(message).toContain(`process ${process.ppid}`);
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('gigpact serve');
    expect((error as DataDirLockedError).code).toBe('GIGPACT_DATA_DIR_LOCKED');
    // The holder's lock is left alone.
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(holder);
  });

  it('cannot tell whether a process on another host is alive, so refuses its lock', () => {
    const dir = freshDir();
    const file = writeLock(dir, {
      pid: deadPid(),
      host: `${hostname()}-elsewhere`,
      startedAt: '',
      token: 'x',
    });
    expect(() => lockDataDir(dir)).toThrow(`-elsewhere`);
    expect(existsSync(file)).toBe(true);
  });

  it('takes over a lock left by a process that has ended, and says so', () => {
    const dir = freshDir();
    const pid = deadPid();
    const file = writeLock(dir, { pid, host: hostname(), startedAt: '2026-01-01T00:00:00.000Z', token: 'x' });
    const notices: string[] = [];
    const lock = lockDataDir(dir, (m) => notices.push(m));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(`process ${pid}`);
    expect(notices[0]).toContain('taken over');
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(process.pid);
    lock.release();
    expect(readdirSync(path.dirname(dir))).toEqual([]);
  });

  it("takes over a lock with this process's pid that this process does not hold (a restarted container's pid 1)", () => {
    const dir = freshDir();
    writeLock(dir, { pid: process.pid, host: hostname(), startedAt: '', token: 'old' });
    const notices: string[] = [];
    lockDataDir(dir, (m) => notices.push(m)).release();
    expect(notices).toHaveLength(1);
  });

  it('does not remove a lock another process has taken over meanwhile', () => {
    const dir = freshDir();
    const lock = lockDataDir(dir);
    const other = { pid: process.ppid, host: hostname(), startedAt: '', token: 'other' };
    writeFileSync(lock.file, JSON.stringify(other));
    lock.release();
    expect(JSON.parse(readFileSync(lock.file, 'utf8'))).toEqual(other);
  });
});
