import { describe, expect, it } from 'vitest';
import { regionTree } from '@gigpact/contracts';
import { districtOptions, streetOptions } from './scope';

describe('place filters follow the user area', () => {
  it('offers the city admin all 16 districts and the streets of the district chosen', () => {
    const city = { level: 'city' as const, code: '310000' };
    expect(districtOptions(regionTree, city, 'zh')).toHaveLength(16);
    expect(districtOptions(regionTree, city, 'en').find((d) => d.value === '310118')?.label).toBe('Qingpu');
    expect(streetOptions(regionTree, city, undefined)).toEqual([]);
    const qingpuStreets = streetOptions(regionTree, city, '310118');
    expect(qingpuStreets.map((s) => s.label)).toContain('徐泾镇');
    expect(qingpuStreets.every((s) => s.value.startsWith('310118'))).toBe(true);
  });

  it('gives a district officer their own streets and no district to choose', () => {
    const qingpu = { level: 'district' as const, code: '310118' };
    expect(districtOptions(regionTree, qingpu, 'zh')).toEqual([]);
    expect(streetOptions(regionTree, qingpu, '310101').every((s) => s.value.startsWith('310118'))).toBe(true);
  });

  it('gives a street officer nothing to choose', () => {
    const xujing = { level: 'street' as const, code: '310118106' };
    expect(districtOptions(regionTree, xujing, 'zh')).toEqual([]);
    expect(streetOptions(regionTree, xujing, undefined)).toEqual([]);
  });
});
