import { describe, expect, it } from 'vitest';
import { changedParams, paramRows } from './param-rows';

type Rule = {
  id: string;
  title_en?: string;
  params: Record<string, { type: string; default?: unknown; zh?: string; en?: string }>;
};

const rules: Rule[] = [
  {
    id: 'fd.min_hourly_pay',
    title_en: 'Hourly pay at least the hourly minimum wage',
    params: {
      min_hourly: { type: 'decimal', default: 25, zh: '小时最低收入（元）', en: 'hourly minimum (CNY)' },
      include_subsidies: { type: 'bool', default: true },
    },
  },
  {
    id: 'fd.late_penalty_exemption',
    params: { exempt_reasons: { type: 'list<string>' }, min_alert_level: { type: 'int', default: 3 } },
  },
];

describe('sandbox parameters', () => {
  it('lists what each clause sets, else the default, and the latest of dated values', () => {
    const rows = paramRows(
      [
        {
          id: 'c05',
          title: '最低收入',
          rule: 'fd.min_hourly_pay',
          params: {
            min_hourly: [
              { from: '2025-01-01', value: 24 },
              { from: '2025-07-01', value: 25 },
            ],
          },
        },
        { id: 'c01', title: '免罚', rule: 'fd.late_penalty_exemption' },
        { id: 'c99', title: '文本' },
      ],
      rules,
    );
    expect(rows.map((r) => [r.key, r.current])).toEqual([
      ['c05.min_hourly', 25],
      ['c05.include_subsidies', true],
      ['c01.min_alert_level', 3],
    ]);
    // The dated values stay visible: the data's period may lie under an earlier one.
    expect(rows[0]?.schedule).toEqual([
      { from: '2025-01-01', value: 24 },
      { from: '2025-07-01', value: 25 },
    ]);
    expect(rows[1]?.schedule).toBeUndefined();
    expect(rows[0]?.meaning).toEqual({ zh: '小时最低收入（元）', en: 'hourly minimum (CNY)' });
  });

  it("titles each clause in English: its own, else its library rule's, else the Chinese", () => {
    const rows = paramRows(
      [
        { id: 'c05', title: '最低收入', rule: 'fd.min_hourly_pay' },
        { id: 'c06', title: '最低收入二', title_en: 'Minimum pay', rule: 'fd.min_hourly_pay' },
        { id: 'c01', title: '免罚', rule: 'fd.late_penalty_exemption' },
      ],
      rules,
    );
    expect(rows.map((r) => [r.clauseId, r.clauseTitleEn])).toEqual([
      ['c05', 'Hourly pay at least the hourly minimum wage'],
      ['c05', 'Hourly pay at least the hourly minimum wage'],
      ['c06', 'Minimum pay'],
      ['c06', 'Minimum pay'],
      ['c01', '免罚'],
    ]);
  });

  it('sends only the values that differ', () => {
    const rows = paramRows([{ id: 'c05', title: 'x', rule: 'fd.min_hourly_pay' }], rules);
    expect(changedParams(rows, { 'c05.min_hourly': 30, 'c05.include_subsidies': true })).toEqual({
      c05: { min_hourly: 30 },
    });
    expect(changedParams(rows, {})).toEqual({});
  });
});
