import { describe, expect, it } from 'vitest';
import { platformNames, workerClauses } from './agreement-view';

const rules = [
  { id: 'fd.late_penalty_exemption', title_en: 'No late penalty when lateness has an exempt cause' },
];
const document = {
  clauses: [
    { id: 'c01', title: '超时免罚', text: '非骑手原因超时不扣款。', rule: 'fd.late_penalty_exemption' },
    {
      id: 'c02',
      title: '取消订单不罚款',
      title_en: 'No fine for cancelled orders',
      text: '不扣款。',
      text_en: 'No deduction.',
    },
    { id: 'c11', title: '算法公示与反馈', text: '设立算法公示专栏。' },
  ],
};

describe('an agreement as a worker reads it', () => {
  it('gives each clause its title and text in English, marking the Chinese originals', () => {
    expect(workerClauses(document, rules, 'en')).toEqual([
      {
        id: 'c01',
        title: 'No late penalty when lateness has an exempt cause',
        text: '非骑手原因超时不扣款。',
        original: true,
      },
      { id: 'c02', title: 'No fine for cancelled orders', text: 'No deduction.', original: false },
      { id: 'c11', title: '算法公示与反馈', text: '设立算法公示专栏。', original: true },
    ]);
  });

  it('gives the Chinese title and text in Chinese, none marked', () => {
    expect(workerClauses(document, rules, 'zh').map((c) => [c.title, c.text, c.original])).toEqual([
      ['超时免罚', '非骑手原因超时不扣款。', false],
      ['取消订单不罚款', '不扣款。', false],
      ['算法公示与反馈', '设立算法公示专栏。', false],
    ]);
  });

  it('carries no rule code, formula or source', () => {
    const clauses = workerClauses(document, rules, 'en');
    expect(JSON.stringify(clauses)).not.toContain('fd.');
    expect(workerClauses({}, rules, 'en')).toEqual([]);
  });
});

describe('platform names', () => {
  const label = (code: string) => ({ eleme: 'Ele.me', meituan: 'Meituan' })[code] ?? code;
  it('names each platform, joined in the reader’s way', () => {
    expect(platformNames(['eleme', 'meituan'], label, undefined, 'en')).toBe('Ele.me, Meituan');
    expect(platformNames(['eleme', 'meituan'], label, undefined, 'zh')).toBe('Ele.me、Meituan');
  });
  it('falls back to the one platform party, then to the code', () => {
    const parties = [
      { name: '上海市总工会', role: 'union' },
      { name: '饿了么（上海）', role: 'platform' },
    ];
    expect(platformNames(['unknown'], label, parties, 'en')).toBe('饿了么（上海）');
    expect(platformNames(['unknown', 'other'], label, parties, 'en')).toBe('unknown, other');
  });
  it('is null for an agreement binding every platform of its industry', () => {
    expect(platformNames([], label, undefined, 'en')).toBeNull();
  });
});
