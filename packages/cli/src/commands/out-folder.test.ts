import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareOutFolder } from './out-folder';

const dir = mkdtempSync(path.join(tmpdir(), 'gigpact-out-folder-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the folder gigpact audit --out writes to', () => {
  it('is made with every missing level, or taken as it is', async () => {
    const nested = path.join(dir, 'a', 'b', 'c');
    expect(await prepareOutFolder(nested)).toBeUndefined();
    expect(statSync(nested).isDirectory()).toBe(true);
    expect(await prepareOutFolder(nested)).toBeUndefined();
  });

  it('is refused, named in both languages, when it is a file or under one', async () => {
    const file = path.join(dir, 'findings.csv');
    writeFileSync(file, '');
    expect(await prepareOutFolder(file)).toBe(
      `--out 无法写入文件夹 ${file}（不是文件夹） / --out cannot write to the folder ${file} (it is not a folder)`,
    );
    expect(await prepareOutFolder(path.join(file, 'out'))).toMatch(/\(ENOTDIR\)$/);
  });

  it('is refused at once where no folder can be made, as under /proc', async () => {
    expect(await prepareOutFolder('/proc/gigpact-findings/x')).toBe(
      '--out 无法写入文件夹 /proc/gigpact-findings/x（ENOENT） / --out cannot write to the folder /proc/gigpact-findings/x (ENOENT)',
    );
  }, 5000);
});
