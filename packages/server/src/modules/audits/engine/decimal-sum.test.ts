import { describe, expect, it } from 'vitest';
import { sumDecimals } from './decimal-sum';

describe('exact decimal sums', () => {
  it('adds money without float error and keeps signs', () => {
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimals(['1.0005', '2', null, '-0.0005'])).toBe('3');
    expect(sumDecimals(['-5.25', '1.2'])).toBe('-4.05');
    expect(sumDecimals([])).toBe('0');
  });
});
