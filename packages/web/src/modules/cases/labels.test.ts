import { describe, expect, it } from 'vitest';
import { caseStatuses } from '@gigpact/contracts';
import { formatYuan, isEventKind, statusColours, statusLabel } from './labels';

describe('case labels', () => {
  it('names and colours every state in both languages', () => {
    for (const s of caseStatuses) {
      expect(statusColours[s]).toBeTruthy();
      expect(statusLabel(s, 'zh')).toMatch(/[\u4e00-\u9fff]/);
      expect(statusLabel(s, 'en')).toMatch(/^[A-Z]/);
    }
  });

  it('formats yuan exactly, with separators and two decimals', () => {
    expect(formatYuan('126000.00')).toBe('¥126,000.00');
    expect(formatYuan('90')).toBe('¥90.00');
    expect(formatYuan('1234567.5')).toBe('¥1,234,567.50');
    expect(formatYuan(null)).toBe('—');
  });

  it('knows the timeline kinds and no others', () => {
    expect(isEventKind('escalation')).toBe(true);
    expect(isEventKind('something_new')).toBe(false);
  });
});
