import { describe, expect, it } from 'vitest';
import { resolveDistrict } from './region-names';

describe('districts in an imported list', () => {
  it('are found by any spelling the regions know, and unknown names are not guessed', () => {
    for (const written of ['310115', '浦东新区', '浦东', 'Pudong New Area', 'pudong'])
      expect(resolveDistrict(written), written).toBe('310115');
    expect(resolveDistrict(' QINGPU ')).toBe('310118');
    expect(resolveDistrict('浦东新')).toBeUndefined();
    expect(resolveDistrict('')).toBeUndefined();
  });
});
