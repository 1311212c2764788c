import { describe, expect, it } from 'vitest';
import {
  datedDefaultOf,
  describeDatedDefault,
  outsideParamRange,
  type LibraryParamRange,
} from './agreements';

const range = (r: Partial<LibraryParamRange>): LibraryParamRange => ({
  minimum: null,
  minimumExclusive: false,
  maximum: null,
  maximumExclusive: false,
  notation: '',
  zh: '',
  en: '',
  ...r,
});

describe('a library parameter as the rule library shows it', () => {
  it('gives a dated default as periods in date order, in words in both languages', () => {
    const periods = datedDefaultOf({ default: 25, earlier_defaults: [{ before: '2025-07-01', value: 24 }] })!;
    expect(periods).toEqual([
      { from: null, before: '2025-07-01', value: 24 },
      { from: '2025-07-01', before: null, value: 25 },
    ]);
    expect(describeDatedDefault(periods, 'zh')).toBe('2025-07-01 之前为 24，自 2025-07-01 起为 25');
    expect(describeDatedDefault(periods, 'en')).toBe('24 before 2025-07-01, 25 from 2025-07-01');
    const three = datedDefaultOf({
      default: 3,
      earlier_defaults: [
        { before: '2024-01-01', value: 1 },
        { before: '2025-01-01', value: 2 },
      ],
    })!;
    expect(describeDatedDefault(three, 'en')).toBe(
      '1 before 2024-01-01, 2 from 2024-01-01 until before 2025-01-01, 3 from 2025-01-01',
    );
    expect(datedDefaultOf({ default: 25 })).toBeNull();
  });

  it('tells a value typed outside the range, read to 12 places as the rules read it, and leaves text that is no number to the type check', () => {
    const share = range({ minimum: 0, maximum: 1 });
    expect(['0', '1', '0.3', '1.000', ' 0.5 '].map((v) => outsideParamRange(share, v))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(
      ['1.5', '-0.1', '1.000000000001', '1.0000000000005'].map((v) => outsideParamRange(share, v)),
    ).toEqual([true, true, true, true]);
    // Places beyond the twelfth are rounded, half away from zero, before the comparison.
    expect(outsideParamRange(share, '1.0000000000004999')).toBe(false);
    expect(outsideParamRange(share, '-0.0000000000004')).toBe(false);
    const speed = range({ minimum: 0, minimumExclusive: true, maximum: 120 });
    expect(['0', '0.001', '120', '120.5'].map((v) => outsideParamRange(speed, v))).toEqual([
      true,
      false,
      false,
      true,
    ]);
    expect(outsideParamRange(range({ maximum: 1, maximumExclusive: true }), '1')).toBe(true);
    expect(outsideParamRange(share, 'thirty')).toBe(false);
    expect(outsideParamRange(share, '')).toBe(false);
    expect(outsideParamRange(null, '-5')).toBe(false);
  });
});
