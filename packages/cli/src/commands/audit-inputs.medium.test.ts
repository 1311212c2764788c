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
