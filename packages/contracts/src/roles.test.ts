import { describe, expect, it } from 'vitest';
import { areaContains, parseArea } from './roles';

describe('areas', () => {
  it('parses the three levels and rejects malformed codes', () => {
    expect(parseArea('city:310000')).toEqual({ level: 'city', code: '310000' });
    expect(parseArea('street:310101002')).toEqual({ level: 'street', code: '310101002' });
    expect(parseArea('street:310101')).toBeUndefined();
    expect(parseArea('district:310101002')).toBeUndefined();
    expect(parseArea('province:310000')).toBeUndefined();
  });

  it('nests streets in districts in the city, and nothing across districts', () => {
    const city = { level: 'city', code: '310000' } as const;
    const huangpu = { level: 'district', code: '310101' } as const;
    const xuhui = { level: 'district', code: '310104' } as const;
    const nanjingEast = { level: 'street', code: '310101002' } as const;
    expect(areaContains(city, huangpu)).toBe(true);
    expect(areaContains(city, nanjingEast)).toBe(true);
    expect(areaContains(huangpu, nanjingEast)).toBe(true);
    expect(areaContains(xuhui, nanjingEast)).toBe(false);
    expect(areaContains(nanjingEast, huangpu)).toBe(false);
    expect(areaContains(huangpu, city)).toBe(false);
    expect(areaContains({ level: 'city', code: '110000' }, huangpu)).toBe(false);
  });
});
