import { canonicalDatasets } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import { patternCodes } from './checks';
import { formatIssueMessage } from './codes';

describe('a value checked against a pattern', () => {
  it('is refused in words for every pattern of the data model, never with the regular expression', () => {
    const patterns = Object.values(canonicalDatasets).flatMap((d) =>
      d.columns.flatMap((c) =>
        c.pattern ? [{ at: `${d.kind}.${c.name}`, column: c.name, pattern: c.pattern }] : [],
      ),
    );
    expect(patterns.map((p) => p.at)).toContain('courier_payroll.period');
    for (const { at, column, pattern } of patterns) {
      const code = patternCodes[pattern];
      expect(code, at).toBeDefined();
      expect(code, at).not.toBe('pattern_mismatch');
      const message = formatIssueMessage(code!, { column, value: 'x' });
      for (const text of [message.zh, message.en]) {
        expect(text, at).not.toContain(pattern);
        expect(text, at).not.toMatch(/\\d|\[0-9\]|\^|\$\)|\{4\}/);
      }
    }
  });

  it('says a pay period is a month written YYYY-MM, in Chinese and English', () => {
    expect(formatIssueMessage('invalid_month', { column: 'period', value: '2025-9' })).toEqual({
      zh: 'period 的值 “2025-9” 不是写作 YYYY-MM 的月份（如 2025-09）',
      en: 'period value "2025-9" is not a month written YYYY-MM, e.g. 2025-09',
    });
  });
});
