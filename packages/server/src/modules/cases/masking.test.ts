import { describe, expect, it } from 'vitest';
import { maskName, maskPhone } from './masking';

describe('masking', () => {
  it('keeps the family name and hides the rest', () => {
    expect(maskName('王小明')).toBe('王**');
    expect(maskName('李四')).toBe('李*');
    expect(maskName('欧阳娜娜')).toBe('欧阳**');
    expect(maskName(null)).toBeNull();
  });
  it('keeps the first three and last four digits of a phone', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('123')).toBe('****');
  });
});
