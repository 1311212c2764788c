import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const bin = path.resolve(import.meta.dirname, '../../bin/gigpact.mjs');
const dir = mkdtempSync(path.join(tmpdir(), 'gigpact-audit-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const gigpact = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, GIGPACT_DATA_DIR: path.join(dir, 'data') },
    encoding: 'utf8',
  });

const orders = path.join(dir, 'delivery_orders.csv');
writeFileSync(
  orders,
  [
    'order_id,platform,rider_id,created_at,accepted_at,delivered_at,promised_at,distance_m,status,pay',
    'O1,eleme,r_1,2025-07-01 10:00:00,2025-07-01 10:01:00,2025-07-01 10:30:00,2025-07-01 10:40:00,2500,delivered,8.50',
  ].join('\n') + '\n',
);

describe('gigpact audit given an agreement file', () => {
  it('reports every problem of the file as `gigpact agreement check` does, each at its full path and place', () => {
    const agreement = path.join(dir, 'bad.yaml');
    writeFileSync(
      agreement,
      [
        'id: bad-params',
        'title: 参数越界的协议',
        'industry: food_delivery',
        'effective_from: 2025-01-01',
        'clauses:',
        '  - id: c1',
        '    title: 配送时长',
        '    text: 按距离给足配送时长',
        '    rule: fd.eta_speed_floor',
        '    params: { max_speed_kmh: 0, handover_minutes: -1 }',
        '  - id: c2',
        '    title: 恶劣天气免罚',
        '    text: 恶劣天气超时不罚',
        '    rule: fd.late_penalty_exemption',
        '    params: { min_alert_level: 7 }',
      ].join('\n') + '\n',
    );
    const checked = gigpact('agreement', 'check', agreement);
    expect(checked.status).toBe(1);
    const problems = checked.stderr.trim().split('\n');
    expect(problems.map((p) => p.split(' · ').slice(0, 2))).toEqual([
      [`${agreement}:10:30`, 'clauses.0.params.max_speed_kmh'],
      [`${agreement}:10:51`, 'clauses.0.params.handover_minutes'],
      [`${agreement}:15:32`, 'clauses.1.params.min_alert_level'],
    ]);

    const audited = gigpact('audit', '--agreement', agreement, '--data', orders);
    expect(audited.status).toBe(1);
    expect(audited.stderr.trim().split('\n')).toEqual(problems);
  });
});

describe('an agreement file saved in GB18030 (GBK), as Chinese Windows saves text', () => {
  /** 青浦区 in GB18030 (GBK). */
  const qingpu = Buffer.from([0xc7, 0xe0, 0xc6, 0xd6, 0xc7, 0xf8]);
  const lines = (district: Buffer) =>
    Buffer.concat([
      Buffer.from(
        [
          'id: qingpu-trial',
          'title: trial',
          'industry: food_delivery',
          'platform: eleme',
          'effective_from: 2025-06-01',
          'status: draft',
          "version: '0.1'",
          'parties: [{ name: union, role: union }]',
          'scope: { districts: [',
        ].join('\n'),
      ),
      district,
      Buffer.from(
        [
          '] }',
          'clauses:',
          '  - id: c1',
          '    title: speed',
          '    text: speed',
          '    rule: fd.eta_speed_floor',
        ].join('\n') + '\n',
      ),
    ]);

  it('is read as GB18030, said so, and audited exactly as the same agreement in UTF-8', () => {
    const gbk = path.join(dir, 'gbk.yaml');
    const utf8 = path.join(dir, 'utf8.yaml');
    writeFileSync(gbk, lines(qingpu));
    writeFileSync(utf8, lines(Buffer.from('青浦区')));
    const checked = gigpact('agreement', 'check', gbk);
    expect(checked.status).toBe(0);
    expect(checked.stdout).toContain('青浦区');
    expect(checked.stderr).toContain(`note: ${gbk} was read as GB18030 (GBK)`);
    const hashOf = (file: string) => {
      const run = gigpact('audit', '--agreement', file, '--data', orders, '--json');
      expect(run.status).toBe(0);
      return (JSON.parse(run.stdout) as { result_hash: string }).result_hash;
    };
    expect(hashOf(gbk)).toBe(hashOf(utf8));
  });

  it('is refused, named, when it is text in neither encoding', () => {
    const garbage = path.join(dir, 'garbage.yaml');
    writeFileSync(garbage, lines(Buffer.from([0x80, 0xff])));
    const refusal = `the file ${garbage} is not text in UTF-8 or GB18030 (GBK): save it as UTF-8`;
    for (const run of [
      gigpact('agreement', 'check', garbage),
      gigpact('audit', '--agreement', garbage, '--data', orders),
    ]) {
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(refusal);
    }
  });
});

describe('gigpact audit given a data file', () => {
  it('names a file not in the --format given, as `gigpact ingest` does, and audits nothing', () => {
    const agreement = path.resolve(import.meta.dirname, '../../../rules/agreements/eleme-shanghai-2025.yaml');
    const run = gigpact('audit', '--agreement', agreement, '--data', orders, '--format', 'parquet');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${orders}: 没有可用的数据 / nothing usable in the file\n  delivery_orders.csv 不是可读取的 Parquet 文件（按扩展名和内容是 CSV 文件：请按 csv 格式导入，即 --format csv） / delivery_orders.csv is not a readable Parquet file (its extension and content say it is CSV: ingest it as csv, with --format csv)`,
    );
    expect(run.stderr).not.toMatch(/magic bytes|read_parquet/);
  });
});
