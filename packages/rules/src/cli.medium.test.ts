import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// The real `gigpact` command, run as a user runs it.
const repoRoot = path.resolve(import.meta.dirname, '../../..');
const bin = path.join(repoRoot, 'packages/cli/bin/gigpact.mjs');
const run = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { cwd: repoRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

describe('gigpact rules / agreement', () => {
  it('lists every library rule as JSON', async () => {
    const { code, stdout } = await run('rules', 'list', '--json');
    expect(code).toBe(0);
    const { rules } = JSON.parse(stdout) as { rules: { id: string; params: { name: string }[] }[] };
    expect(rules).toHaveLength(22);
    expect(rules.find((r) => r.id === 'fd.min_hourly_pay')!.params.map((p) => p.name)).toContain(
      'min_hourly',
    );
  });

  it('prints compiled SQL for an agreement in each dialect, and refuses an unknown dialect with code 2', async () => {
    const file = 'packages/rules/agreements/eleme-shanghai-2025.yaml';
    const { code, stdout } = await run(
      'rules',
      'sql',
      file,
      '--dialect',
      'postgres',
      '--as-of',
      '2025-08-01',
      '--json',
    );
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { queries: { sql: string; params: unknown[] }[] };
    expect(out.queries[0]!.sql).toContain('NUMERIC(38,12)');
    expect((await run('rules', 'sql', file, '--dialect', 'oracle')).code).toBe(2);
  });

  it('checks an agreement and points at the offending clause', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gigpact-'));
    const bad = path.join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      'id: x\ntitle: t\nindustry: freight\neffective_from: 2025-01-01\nclauses:\n  - { id: a, title: t, text: t, rule: fr.peak_fee_cap, params: { max_ratio: high } }\n',
    );
    const { code, stderr } = await run('agreement', 'check', bad);
    expect(code).toBe(1);
    expect(stderr).toContain('bad.yaml:6');
    expect(stderr).toContain('parameter max_ratio must be decimal');
  });

  it('refuses a secondary agreement that lowers the standard of the brand agreement beside it, at its line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gigpact-'));
    const agreements = path.resolve(import.meta.dirname, '../agreements');
    copyFileSync(path.join(agreements, 'jt-express-2025.yaml'), path.join(dir, 'jt-express-2025.yaml'));
    const lowered = path.join(dir, 'franchisee.yaml');
    writeFileSync(
      lowered,
      readFileSync(path.join(agreements, 'jt-franchisee-qingpu-2025.yaml'), 'utf8').replace(
        'min_share: 0.3 }',
        'min_share: 0.15 }',
      ),
    );
    const { code, stderr } = await run('agreement', 'check', lowered);
    expect(code).toBe(1);
    expect(stderr).toMatch(/franchisee\.yaml:\d+:\d+ · clauses\.0\.params\.min_share: /);
    expect(stderr).toContain(
      'sets min_share to 0.15, below the standard of the brand agreement jt-express-2025 (0.25)',
    );
    expect(
      (await run('agreement', 'check', path.join(agreements, 'jt-franchisee-qingpu-2025.yaml'))).code,
    ).toBe(0);
  });

  it('runs clause test files and fails when a case fails', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gigpact-'));
    const cases = path.join(dir, 'cap.yaml');
    writeFileSync(
      cases,
      `rule: fr.commission_abs_cap\nrow_defaults: { platform: p, driver_id: d, completed_at: '2025-10-01 12:00', order_amount: 500 }\ncases:\n  - name: wrong on purpose\n    rows: [{ order_id: a, commission: 100 }]\n    expect: [{ key: a }]\n`,
    );
    const failed = await run('rules', 'test', cases, '--json');
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout)).toMatchObject({ passed: 0, failed: 2 });
    const shipped = await run('rules', 'test', 'packages/rules/cases/fr.peak_fee_cap.yaml');
    expect(shipped.code).toBe(0);
    expect(shipped.stdout).toContain('✓ [duckdb] fr.peak_fee_cap.yaml');
  });
});
