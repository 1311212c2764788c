import { describe, expect, it } from 'vitest';
import { canonicalDecimal, divide, formatDecimal, multiply, parseDecimal } from './decimal';

describe('exact decimals', () => {
  it('computes the speed floor for 3,000 m as exactly 17 minutes', () => {
    const d = parseDecimal('3000');
    const minutes = multiply(
      divide(divide(d, parseDecimal('1000'))!, parseDecimal('15'))!,
      parseDecimal('60'),
    );
    expect(formatDecimal(minutes + parseDecimal('5'))).toBe('17');
  });

  it('truncates quotients toward zero at 12 places and rounds products half away from zero', () => {
    expect(formatDecimal(divide(parseDecimal('1'), parseDecimal('3'))!)).toBe('0.333333333333');
    expect(formatDecimal(divide(parseDecimal('-2'), parseDecimal('3'))!)).toBe('-0.666666666666');
    expect(formatDecimal(multiply(parseDecimal('0.000001'), parseDecimal('0.0000005')))).toBe(
      '0.000000000001',
    );
    expect(formatDecimal(multiply(parseDecimal('-0.000001'), parseDecimal('0.0000005')))).toBe(
      '-0.000000000001',
    );
  });

  it('gives null for division by zero and reads SQL decimal text canonically', () => {
    expect(divide(parseDecimal('5'), 0n)).toBeNull();
    expect(canonicalDecimal('17.000000000000')).toBe('17');
    expect(canonicalDecimal('0.27')).toBe('0.27');
    expect(canonicalDecimal('1e-3')).toBe('0.001');
    expect(() => parseDecimal('abc')).toThrow(/not a decimal/);
  });
});
