import { randomBytes } from 'node:crypto';
import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

/**
 * The embedded PGlite database may be opened by one process only: a second process writing the same folder corrupts
 * it beyond repair. Before a process opens PGlite on a folder it takes this lock, a file beside the folder
 * (`<folder>.lock`, e.g. `.data/pglite.lock`) created exclusively and holding the owner's pid, host and start time.
 * The lock is beside the folder rather than in it because PGlite refuses to create a database in a folder that is
 * not empty. Closing the database, or the process exiting, removes it; a lock left by a process that is no longer
 * alive on this host is stale and taken over.
 */
export interface DataDirLock {
  /** The lock file. */
  readonly file: string;
  /** Removes the lock file if it is still this lock's; safe to call more than once. */
  release(): void;
}

/** What a lock file says about its owner. */
export interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
  /** Tells this lock from another taken later by a process with the same pid (a restarted container's pid 1). */
  token: string;
}

/** Another process holds the folder: nothing was opened. */
export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError';
  readonly code = 'GIGPACT_DATA_DIR_LOCKED';
  constructor(
    readonly dir: string,
    readonly file: string,
    readonly holder: LockHolder | undefined,
    sameProcess = false,
  ) {
    super(lockedMessage(dir, file, holder, sameProcess));
  }
}

/** The lock file of a PGlite folder. */
export function lockFileOf(dir: string): string {
  return `${path.resolve(dir)}.lock`;
}

/** The locks this process holds, by lock file: a pid equal to ours is only alive if it is in here. */
const held = new Map<string, string>();

/**
 * Takes the folder's lock, or throws `DataDirLockedError` naming the process that holds it. A stale lock (its
 * process has ended) is taken over and `notice` is told so.
 */
export function lockDataDir(
  dir: string,
  notice: (message: string) => void = (message) => console.warn(message),
): DataDirLock {
  const resolved = path.resolve(dir);
  const file = lockFileOf(resolved);
  mkdirSync(path.dirname(file), { recursive: true });
  const token = randomBytes(12).toString('hex');
  const mine: LockHolder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), token };
  // A few rounds: a stale lock removed here may be taken by another process starting at the same moment.
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(file, mine)) return holding(file, token);
    const text = readText(file);
    if (text === undefined) continue; // gone meanwhile: try again
    const holder = parseHolder(text);
    const state = holderState(file, holder);
    if (state === 'alive') throw new DataDirLockedError(resolved, file, holder);
    if (state === 'this process') throw new DataDirLockedError(resolved, file, holder, true);
    if (removeIfUnchanged(file, text)) {
      notice(staleMessage(resolved, file, holder));
    }
  }
  throw new DataDirLockedError(resolved, file, parseHolder(readText(file) ?? ''));
}

function holding(file: string, token: string): DataDirLock {
  held.set(file, token);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    held.delete(file);
    // Only our own lock is removed: never one another process took over meanwhile.
    if (parseHolder(readText(file) ?? '')?.token === token) {
      try {
        unlinkSync(file);
      } catch {
        // already gone
      }
    }
  };
  // A process that ends without closing the database (process.exit, an uncaught error) still frees the folder.
  process.on('exit', release);
  return { file, release };
}

/** Creates the lock file whole, or returns false when one exists: written aside, then linked into place at once. */
function tryCreate(file: string, holder: LockHolder): boolean {
  const draft = `${file}.${holder.pid}.${holder.token}.tmp`;
  const fd = openSync(draft, 'wx');
  try {
    writeSync(fd, `${JSON.stringify(holder, null, 2)}\n`);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(draft, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(draft);
  }
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.pid === 'number' && typeof value.host === 'string') {
      return {
        pid: value.pid,
        host: value.host,
        startedAt: String(value.startedAt ?? ''),
        token: String(value.token ?? ''),
      };
    }
  } catch {
    // not a lock this code wrote
  }
  return undefined;
}

function holderState(file: string, holder: LockHolder | undefined): 'alive' | 'this process' | 'stale' {
  // A lock file that says nothing readable is treated as held: only a person can tell whether it is in use.
  if (!holder) return 'alive';
  // On another host the pid cannot be checked: the folder may be shared with a process running there.
  if (holder.host !== hostname()) return 'alive';
  if (holder.pid === process.pid) return held.get(file) === holder.token ? 'this process' : 'stale';
  return isAlive(holder.pid) ? 'alive' : 'stale';
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the stale lock file if it still says `text`. It is moved aside first, which only one process can do, and
 * put back if it turns out to be a lock another process has just taken.
 */
function removeIfUnchanged(file: string, text: string): boolean {
  const aside = `${file}.stale.${process.pid}.${randomBytes(6).toString('hex')}`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  const moved = readFileSync(aside, 'utf8');
  if (moved !== text) {
    try {
      linkSync(aside, file);
    } catch {
      // a third process holds the folder now; the next round reports it
    }
    unlinkSync(aside);
    return false;
  }
  unlinkSync(aside);
  return true;
}

function describeHolder(holder: LockHolder | undefined): { zh: string; en: string } {
  if (!holder) return { zh: '未知进程', en: 'an unknown process' };
  const since = holder.startedAt ? `，自 ${holder.startedAt} 起` : '';
  const sinceEn = holder.startedAt ? `, since ${holder.startedAt}` : '';
  return {
    zh: `进程 ${holder.pid}（主机 ${holder.host}${since}）`,
    en: `process ${holder.pid} on ${holder.host}${sinceEn}`,
  };
}

function lockedMessage(
  dir: string,
  file: string,
  holder: LockHolder | undefined,
  sameProcess: boolean,
): string {
  if (sameProcess) {
    return [
      `数据目录 ${dir} 已被本进程打开，未关闭前不能再次打开。`,
      `the data directory ${dir} is already open in this process: close it before opening it again.`,
    ].join('\n');
  }
  const who = describeHolder(holder);
  return [
    `数据目录 ${dir} 正被${who.zh}使用：嵌入式数据库 PGlite 只能由一个进程打开，未打开数据库。` +
      `请先停止该进程（如 gigpact serve）再运行；需要多个进程同时使用时，请设置 DATABASE_URL 改用 PostgreSQL。` +
      `若确认该进程已不存在，可删除锁文件 ${file}。`,
    `the data directory ${dir} is in use by ${who.en}: the embedded PGlite database can be opened by one ` +
      `process only, so it was not opened. Stop that process (e.g. gigpact serve) and run this again, or set ` +
      `DATABASE_URL to use PostgreSQL for several processes at once. If that process no longer exists, delete the ` +
      `lock file ${file}.`,
  ].join('\n');
}

function staleMessage(dir: string, file: string, holder: LockHolder | undefined): string {
  const who = describeHolder(holder);
  return (
    `数据目录 ${dir} 的锁文件由已结束的${who.zh}留下，现接管 / ` +
    `the lock ${file} was left by ${who.en}, which has ended: taken over`
  );
}
