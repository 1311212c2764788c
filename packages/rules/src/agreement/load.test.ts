import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAgreement } from './load';
import { errorOf } from '../testing/error-of';

const minimal = `id: eleme-shanghai-2025
title: 2025年度饿了么（上海）网约配送算法与劳动规则协议
industry: food_delivery          # food_delivery | express | ride_hailing | freight
platform: eleme
effective_from: 2025-05-01
clauses:
  - id: c05
    title: 小时收入
    text: 众包骑手每小时综合收入不低于当地小时最低工资标准。
    rule: fd.min_hourly_pay
    params: {min_hourly: [{from: 2025-05-01, value: 24}, {from: 2025-07-01, value: 25}]}
  - id: c12
    title: 自定义条款
    text: ...
    check: { dataset: delivery_orders, shape: row, violation: 'penalty > 10' }
`;

describe('loadAgreement', () => {
  it('loads the minimal form as is, keeping dates as text', () => {
    const a = loadAgreement(minimal, 'eleme.yaml');
    expect(a.effective_from).toBe('2025-05-01');
    expect(a.clauses[0]!.params!.min_hourly).toEqual([
      { from: '2025-05-01', value: 24 },
      { from: '2025-07-01', value: 25 },
    ]);
  });

  it('names file, line and path of a structural error', () => {
    const bad = minimal.replace('industry: food_delivery', 'industry: food');
    const e = errorOf(() => loadAgreement(bad, 'eleme.yaml'));
    expect(e.location).toMatchObject({ file: 'eleme.yaml', line: 3, path: ['industry'] });
    expect(e.en).toMatch(/must be one of: food_delivery/);
    expect(e.zh).toMatch(/取值应为/);
  });

  it('points at the clause field that is wrong', () => {
    const bad = minimal.replace('    title: 自定义条款\n', '    titel: 自定义条款\n');
    const e = errorOf(() => loadAgreement(bad, 'x.yaml'));
    expect(e.location.path).toEqual(['clauses', 1]);
    expect(e.location.line).toBe(12);
    expect(e.message).toContain('x.yaml:12');
  });

  it('refuses an end date before the effective date, and a rider type the data model does not have', () => {
    const ended = minimal.replace(
      'effective_from: 2025-05-01',
      'effective_from: 2025-05-01\neffective_to: 2025-04-30',
    );
    const e = errorOf(() => loadAgreement(ended, 'x.yaml'));
    expect(e.location).toMatchObject({ line: 6, path: ['effective_to'] });
    expect(e.en).toBe('effective_to 2025-04-30 is before effective_from 2025-05-01');
    expect(loadAgreement(ended.replace('2025-04-30', '2025-05-01')).effective_to).toBe('2025-05-01');
    const scoped = minimal.replace('platform: eleme', 'platform: eleme\nscope: { rider_types: [众包] }');
    expect(errorOf(() => loadAgreement(scoped)).en).toMatch(/must be one of: dedicated, crowd/);
  });

  it('refuses a clause id given twice at the second one, naming the first one’s line', () => {
    const twice = minimal.replace('  - id: c12', '  - id: c05');
    const e = errorOf(() => loadAgreement(twice, 'x.yaml'));
    expect(e.location).toMatchObject({ file: 'x.yaml', line: 12, path: ['clauses', 1, 'id'] });
    expect(e.en).toBe('clause id c05 is given twice (first at line 7): every clause needs its own id');
    expect(e.zh).toBe('条款编号 c05 重复（第 7 行已用）：每条条款的编号须唯一');
  });

  it('refuses a district it cannot place, naming its line, and takes every spelling of a real one', () => {
    const scoped = (districts: string) =>
      minimal.replace('platform: eleme', `platform: eleme\nscope:\n  districts: [${districts}]`);
    expect(
      loadAgreement(scoped('"310118", 浦东, Pudong New Area, "Jing\'an", QINGPU')).scope?.districts,
    ).toHaveLength(5);
    const e = errorOf(() => loadAgreement(scoped('青浦区, 浦东新'), 'x.yaml'));
    expect(e.location).toMatchObject({ line: 6, path: ['scope', 'districts', 1] });
    expect(e.en).toMatch(/^"浦东新" is not a district of Shanghai/);
    expect(e.zh).toMatch(/^"浦东新" 不是上海市的区/);
  });

  it('refuses a day the calendar does not have, in every date field, naming file, line, column and path', () => {
    const cases: [string, string, number, (string | number)[], string][] = [
      [
        'effective_from: 2025-05-01',
        'effective_from: 2025-09-31',
        5,
        ['effective_from'],
        'September 2025 has 30 days',
      ],
      [
        'effective_from: 2025-05-01',
        'effective_from: 2025-05-01\neffective_to: 2025-13-01',
        6,
        ['effective_to'],
        'the month must be 01 to 12',
      ],
      [
        'effective_from: 2025-05-01',
        'effective_from: 2025-05-01\nsigned_on: 2025-04-31',
        6,
        ['signed_on'],
        'April 2025 has 30 days',
      ],
      [
        'effective_from: 2025-05-01',
        "effective_from: 2025-05-01\namendments: [{ version: '1.0', date: 2023-02-29, summary: 首次签订 }]",
        6,
        ['amendments', 0, 'date'],
        'February 2023 has 28 days',
      ],
      [
        '{from: 2025-07-01, value: 25}',
        '{from: 2025-02-30, value: 25}',
        11,
        ['clauses', 0, 'params', 'min_hourly', 1, 'from'],
        'February 2025 has 28 days',
      ],
    ];
    for (const [from, to, line, path, why] of cases) {
      const e = errorOf(() => loadAgreement(minimal.replace(from, to), 'x.yaml'));
      expect(e.location, to).toMatchObject({ file: 'x.yaml', line, path });
      expect(e.location.column, to).toBeGreaterThan(1);
      expect(e.en, to).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2} is not a calendar date: ${why}$`));
      expect(e.zh, to).toMatch(/^\d{4}-\d{2}-\d{2} 不是日历上的日期：/);
      expect(e.message, to).toContain(`x.yaml:${line}:`);
    }
  });

  it('points at the column of the impossible date', () => {
    const e = errorOf(() => loadAgreement(minimal.replace('2025-05-01\n', '2025-09-31\n'), 'x.yaml'));
    expect(e.location).toMatchObject({ line: 5, column: 17, path: ['effective_from'] });
    expect(e.en).toBe('2025-09-31 is not a calendar date: September 2025 has 30 days');
    expect(e.zh).toBe('2025-09-31 不是日历上的日期：2025 年 9 月只有 30 天');
    // A leap day is a real day.
    expect(loadAgreement(minimal.replace('2025-05-01\n', '2024-02-29\n')).effective_from).toBe('2024-02-29');
  });

  it('reports YAML syntax errors with their line', () => {
    const e = errorOf(() => loadAgreement('id: x\ntitle: [unclosed\n', 'broken.yaml'));
    expect(e.location.file).toBe('broken.yaml');
    expect(e.en).toMatch(/YAML syntax error/);
    // The Chinese half is Chinese; the English half is the parser's own message.
    expect(e.zh).toMatch(/^YAML 语法错误：[^A-Za-z]+$/);
  });

  it('loads every shipped agreement', () => {
    const dir = path.resolve(import.meta.dirname, '../../agreements');
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(1);
    for (const file of files)
      expect(loadAgreement(readFileSync(path.join(dir, file), 'utf8'), file).id).toBeTruthy();
  });
});
