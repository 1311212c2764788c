import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// The real `gigpact` command, run as a user runs it.
const repoRoot = path.resolve(import.meta.dirname, '../../..');
const bin = path.join(repoRoot, 'packages/cli/bin/gigpact.mjs');
const run = async (...args: string[]) => runIn(process.env, ...args);
const runIn = async (env: NodeJS.ProcessEnv, ...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], {
      cwd: repoRoot,
      env,
    });
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

  it('lists every problem of an agreement in one run, the structure’s and each clause’s, at their lines', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gigpact-'));
    const bad = path.join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      [
        'id: x',
        'title: t',
        'industry: food',
        'effective_from: 2025-01-01',
        'clauses:',
        '  - { id: a, title: t, text: t, rule: fd.eta_speed_floor, params: { max_speed_kmh: 0, handover_minutes: 2000 } }',
        '  - { id: b, titel: t, text: t }',
        `  - { id: c, title: t, text: t, check: { dataset: delivery_orders, shape: row, violation: 'penalty > "x"' } }`,
        '  - { id: d, title: t, text: t, rule: fd.no_such_rule }',
        '',
      ].join('\n'),
    );
    const { code, stdout, stderr } = await run('agreement', 'check', bad);
    expect(code).toBe(1);
    expect(stdout).toContain('7 个问题 / 7 problems');
    const located = stderr.split('\n').filter((line) => line.startsWith(bad));
    expect(located.map((line) => line.slice(bad.length).split(': ')[0])).toEqual([
      ':3:11 · industry',
      ':7:5 · clauses.1',
      // An unknown field at its name.
      ':7:14 · clauses.1.titel',
      ':6:84 · clauses.0.params.max_speed_kmh · clause a · rule fd.eta_speed_floor',
      ':6:105 · clauses.0.params.handover_minutes · clause a · rule fd.eta_speed_floor',
      expect.stringMatching(/^:8:\d+ · clauses\.2\.check\.violation · clause c · rule x\.c · violation @7$/),
      ':9:5 · clauses.3 · clause d · rule fd.no_such_rule',
    ]);
    expect(stderr).toContain('missing required field title');
    expect(stderr).toContain('unknown field titel');
    expect(stderr).toContain('parameter handover_minutes is outside its allowed range [0, 1440]');
    expect(stderr).toContain('cannot compare decimal with string');
    const json = await run('agreement', 'check', bad, '--json');
    expect(json.code).toBe(1);
    const out = JSON.parse(json.stdout) as {
      ok: boolean;
      error: { en: string };
      errors: { en: string; location: { line: number; path: unknown[]; clause?: string } }[];
    };
    expect(out.ok).toBe(false);
    expect(out.error.en).toBe(out.errors[0]!.en);
    expect(out.errors.map((e) => [e.location.line, e.location.path, e.location.clause])).toEqual([
      [3, ['industry'], undefined],
      [7, ['clauses', 1], undefined],
      [7, ['clauses', 1, 'titel'], undefined],
      [6, ['clauses', 0, 'params', 'max_speed_kmh'], 'a'],
      [6, ['clauses', 0, 'params', 'handover_minutes'], 'a'],
      [8, ['clauses', 2, 'check', 'violation'], 'c'],
      [9, ['clauses', 3], 'd'],
    ]);
  });

  it('says to quote an expression YAML cannot read, at its line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gigpact-'));
    const bad = path.join(dir, 'unquoted.yaml');
    writeFileSync(
      bad,
      'id: x\ntitle: t\nindustry: food_delivery\neffective_from: 2025-01-01\nclauses:\n  - id: c\n    title: t\n    text: t\n    check:\n      dataset: delivery_orders\n      shape: row\n      violation: merchant_wait > 15 ? 1 : 0\n',
    );
    const { code, stderr } = await run('agreement', 'check', bad);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `${bad}:12:18: YAML 语法错误：同一行的“键: 值”中不能再嵌套“键: 值”：请换行并缩进书写，或把值写在引号中`,
    );
    expect(stderr).toContain('请把表达式写在引号中，例如 violation: "merchant_wait > 15 ? 1 : 0"');
    expect(stderr).toContain('write the expression in quotes, e.g. violation: "merchant_wait > 15 ? 1 : 0"');
  });

  it('shows each parameter’s allowed range and a default that changed over time', async () => {
    const { code, stdout } = await run('rules', 'show', 'fd.min_hourly_pay');
    expect(code).toBe(0);
    expect(stdout).toContain('允许范围 / range (0, +∞)：大于 0 / greater than 0');
    expect(stdout).toContain(
      '默认值随日期 / dated default：2025-07-01 之前为 24，自 2025-07-01 起为 25 / 24 before 2025-07-01, 25 from 2025-07-01',
    );
    expect(stdout).toContain('允许范围 / range [0, 60]：不小于 0 且不大于 60 / at least 0 and at most 60');
    const speed = await run('rules', 'show', 'fd.eta_speed_floor');
    expect(speed.stdout).toContain(
      '允许范围 / range (0, 120]：大于 0 且不大于 120 / greater than 0 and at most 120',
    );
    const json = JSON.parse((await run('rules', 'show', 'fd.min_hourly_pay', '--json')).stdout) as {
      params: { name: string; range: { notation: string } | null; dated_default: unknown }[];
    };
    expect(json.params.find((p) => p.name === 'min_hourly')).toMatchObject({
      range: { notation: '(0, +∞)' },
      dated_default: [
        { from: null, before: '2025-07-01', value: 24 },
        { from: '2025-07-01', before: null, value: 25 },
      ],
    });
    expect(json.params.find((p) => p.name === 'include_subsidies')).toMatchObject({
      range: null,
      dated_default: null,
    });
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
    expect(stderr).toMatch(/franchisee\.yaml:\d+:\d+ · clauses\.0\.params\.min_share · clause fee-share: /);
    expect(stderr).toContain(
      'sets min_share to 0.15, weaker than the standard of the brand agreement jt-express-2025 (0.25)',
    );
    expect(
      (await run('agreement', 'check', path.join(agreements, 'jt-franchisee-qingpu-2025.yaml'))).code,
    ).toBe(0);
  });

  it('refuses a secondary agreement that drops a brand rule, lowers a dated standard or reaches beyond the brand, each at its line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gigpact-'));
    const agreements = path.resolve(import.meta.dirname, '../agreements');
    copyFileSync(path.join(agreements, 'jt-express-2025.yaml'), path.join(dir, 'jt-express-2025.yaml'));
    const shipped = readFileSync(path.join(agreements, 'jt-franchisee-qingpu-2025.yaml'), 'utf8');
    const file = path.join(dir, 'franchisee.yaml');
    writeFileSync(
      file,
      shipped
        .replace('platform: jt', 'platform: yto')
        .replace('params: { min_share: 0.3 }', "params: { min_share: [{ from: 2025-09-01, value: '0.2' }] }")
        .replace('    rule: ex.wage_arrears\n    params: { grace_days: 0 }\n', ''),
    );
    const { code, stderr } = await run('agreement', 'check', file);
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines.map((l) => l.split(': ')[0])).toEqual([
      expect.stringMatching(/franchisee\.yaml:6:11 · platform$/),
      expect.stringMatching(
        /franchisee\.yaml:\d+:\d+ · clauses\.0\.params\.min_share\.0\.value · clause fee-share$/,
      ),
      expect.stringMatching(/franchisee\.yaml:\d+:\d+ · clauses\.1\.id · clause arrears$/),
    ]);
    expect(lines[1]).toContain(
      'sets min_share to 0.2, weaker than the standard of the brand agreement jt-express-2025 (0.25 on 2025-09-01)',
    );
    expect(lines[2]).toContain('replaces its rule ex.wage_arrears by text only');
    const json = await run('agreement', 'check', file, '--json');
    const out = JSON.parse(json.stdout) as { ok: boolean; errors: { location: { path: unknown[] } }[] };
    expect([out.ok, out.errors.map((e) => e.location.path)]).toEqual([
      false,
      [['platform'], ['clauses', 0, 'params', 'min_share', 0, 'value'], ['clauses', 1, 'id']],
    ]);
  });

  it('says when a secondary agreement’s standard could not be compared, its brand agreement not found', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gigpact-'));
    const agreements = path.resolve(import.meta.dirname, '../agreements');
    const file = path.join(dir, 'franchisee.yaml');
    copyFileSync(path.join(agreements, 'jt-franchisee-qingpu-2025.yaml'), file);
    // No brand file beside it, and no database to look it up in.
    const { DATABASE_URL: _url, ...rest } = process.env;
    const env = { ...rest, GIGPACT_DATA_DIR: path.join(dir, 'data') };
    const { code, stdout } = await runIn(env, 'agreement', 'check', file);
    expect(code).toBe(0);
    expect(stdout).toContain('✓ jt-franchisee-qingpu-2025');
    expect(stdout).toContain(
      'note: the brand agreement jt-express-2025 was not found (no file beside this one, none stored), so the standard could not be compared with it',
    );
    expect(stdout).toContain('注意：未找到上级协议 jt-express-2025');
    const json = JSON.parse((await runIn(env, 'agreement', 'check', file, '--json')).stdout) as object;
    expect(json).toMatchObject({ ok: true, parent: { id: 'jt-express-2025', compared: false } });
    // Beside its brand's file it is compared, and covers what it binds under the brand.
    const compared = await run(
      'agreement',
      'check',
      path.join(agreements, 'jt-franchisee-qingpu-2025.yaml'),
      '--json',
    );
    expect(JSON.parse(compared.stdout)).toMatchObject({ parent: { compared: true } });
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
