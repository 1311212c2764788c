import { describe, expect, it } from 'vitest';
import { clauseTextIn, clauseTitleEn, clauseTitleIn } from './clause';

const rules = [
  {
    id: 'fd.late_penalty_exemption',
    title_zh: '超时免罚',
    title_en: 'No late penalty when lateness has an exempt cause',
  },
  { id: 'fd.no_title' },
];

describe('clause titles in the reader’s language', () => {
  it('prefers the clause’s own English title', () => {
    const clause = { title: '超时免罚', title_en: 'Exempt lateness', rule: 'fd.late_penalty_exemption' };
    expect(clauseTitleIn('en', clause, rules)).toBe('Exempt lateness');
    expect(clauseTitleEn(clause, rules)).toBe('Exempt lateness');
  });

  it('falls back to the library rule’s English title', () => {
    const clause = { title: '超时免罚', rule: 'fd.late_penalty_exemption' };
    expect(clauseTitleIn('en', clause, rules)).toBe('No late penalty when lateness has an exempt cause');
  });

  it('keeps the Chinese title for a custom clause, a rule without an English title, or an unknown rule', () => {
    expect(clauseTitleIn('en', { title: '取消订单不罚款' }, rules)).toBe('取消订单不罚款');
    expect(clauseTitleIn('en', { title: '甲', rule: 'fd.no_title' }, rules)).toBe('甲');
    expect(clauseTitleIn('en', { title: '乙', rule: 'fd.unknown' }, rules)).toBe('乙');
    expect(clauseTitleEn({ title_en: null, rule: null }, rules)).toBeNull();
  });

  it('gives the Chinese title in Chinese', () => {
    const clause = { title: '超时免罚', title_en: 'Exempt lateness', rule: 'fd.late_penalty_exemption' };
    expect(clauseTitleIn('zh', clause, rules)).toBe('超时免罚');
  });
});

describe('clause texts in the reader’s language', () => {
  it('gives the English text when there is one', () => {
    expect(clauseTextIn('en', { text: '中文', text_en: 'English' })).toEqual({
      text: 'English',
      original: false,
    });
  });

  it('gives the Chinese original, marked, when there is no English text', () => {
    expect(clauseTextIn('en', { text: '中文' })).toEqual({ text: '中文', original: true });
    expect(clauseTextIn('zh', { text: '中文', text_en: 'English' })).toEqual({
      text: '中文',
      original: false,
    });
  });
});
