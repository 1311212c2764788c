import { describe, expect, it } from 'vitest';
import { formatBytes, formatPeriod } from './format';

describe('data page formats', () => {
  it('reads bytes in the unit a person expects', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(20 * 1024 * 1024)).toBe('20 MB');
    expect(formatBytes(3 * 1024 ** 4)).toBe('3072 GB');
  });

  it('writes a period once when it is one day', () => {
    expect(formatPeriod('2025-09-01', '2025-09-30')).toBe('2025-09-01 – 2025-09-30');
    expect(formatPeriod('2025-09-01', '2025-09-01')).toBe('2025-09-01');
    expect(formatPeriod(null, null)).toBe('—');
  });
});
