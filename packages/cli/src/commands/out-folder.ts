import { constants } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Makes the folder the findings are written to, level by level from its nearest existing parent, and checks that
 * it is a folder this process may write in — before the audit runs, so that a folder that cannot be written is
 * said at once rather than after the whole audit. (Each level is made on its own: Node's recursive mkdir does not
 * return for a path under /proc.) The refusal names the folder, in Chinese and English; nothing is returned when
 * the folder is ready.
 */
export async function prepareOutFolder(dir: string): Promise<string | undefined> {
  const folder = path.resolve(dir);
  const missing: string[] = [];
  let at = folder;
  while (!(await exists(at))) {
    missing.unshift(at);
    const parent = path.dirname(at);
    if (parent === at) break;
    at = parent;
  }
  try {
    for (const level of missing) await mkdir(level);
    if (!(await stat(folder)).isDirectory()) return refusal(dir, '不是文件夹', 'it is not a folder');
    await access(folder, constants.W_OK);
    return undefined;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return refusal(dir, reason, reason);
  }
}

async function exists(at: string): Promise<boolean> {
  return stat(at).then(
    () => true,
    () => false,
  );
}

function refusal(dir: string, zh: string, en: string): string {
  return `--out 无法写入文件夹 ${dir}（${zh}） / --out cannot write to the folder ${dir} (${en})`;
}
