import { describe, expect, it } from 'vitest';
import { districtLabel, percentOf } from './labels';

describe('audit labels', () => {
  it('names districts by code in both languages and keeps unknown text', () => {
    expect(districtLabel('310118', 'zh')).toBe('青浦区');
    expect(districtLabel('310118', 'en')).toBe('Qingpu');
    expect(districtLabel('Pudong', 'en')).toBe('Pudong');
    expect(districtLabel(null, 'zh')).toBe('—');
  });

  it('shows a stage’s progress as a percentage, whole when finished', () => {
    expect(percentOf({ done: 1, total: 4 }, false)).toBe(25);
    expect(percentOf({ done: 0, total: 0 }, false)).toBe(0);
    expect(percentOf({ done: 0, total: 0 }, true)).toBe(100);
  });
});
