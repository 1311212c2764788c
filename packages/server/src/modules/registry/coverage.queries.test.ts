import type { Area } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import { nameOfKey, scopeName, toCoverageRow, workforceKnown } from './coverage.queries';

const city: Area = { level: 'city', code: '310000' };
const qingpu: Area = { level: 'district', code: '310118' };
const xujing: Area = { level: 'street', code: '310118106' };
const noPlatforms = new Map<string, { zh: string; en: string }>();

const counts = (members: number, workers: number | null) => ({
  enterprises: 6,
  enterprisesWithUnion: 3,
  federations: 3,
  members,
  workers,
  platforms: 30,
  platformsWithUnion: 25,
});

describe('the workforce behind the membership rate', () => {
  it('is known by district, industry and platform for the city and a district, never by street', () => {
    for (const area of [city, qingpu]) {
      for (const by of ['total', 'district', 'industry', 'platform'] as const)
        expect(workforceKnown(area, by), `${area.level} by ${by}`).toBe(true);
      expect(workforceKnown(area, 'street'), `${area.level} by street`).toBe(false);
    }
  });

  it('is not known anywhere in a street officer’s area: platforms report it by district only', () => {
    for (const by of ['total', 'district', 'street', 'industry', 'platform'] as const)
      expect(workforceKnown(xujing, by), by).toBe(false);
  });

  it('gives no membership rate and no worker count, not zero, where it is not known', () => {
    const street = toCoverageRow('310118106', { zh: '青浦区徐泾镇', en: '' }, counts(158, null), false);
    expect(street).toMatchObject({ members: 158, workers: null, membershipRate: null, foundingRate: 0.5 });
    expect(toCoverageRow('310118106', { zh: '', en: '' }, undefined, false)).toMatchObject({
      members: 0,
      workers: null,
      membershipRate: null,
    });
    expect(toCoverageRow('310101', { zh: '', en: '' }, undefined, true)).toMatchObject({
      workers: 0,
      membershipRate: null,
    });
    expect(toCoverageRow('total', { zh: '', en: '' }, counts(2059, 8828), true).membershipRate).toBeCloseTo(
      0.2332,
      4,
    );
  });
});

describe('the names of coverage rows', () => {
  it('name a street officer’s one district row, and the total, after the street', () => {
    expect(nameOfKey('district', '310118', noPlatforms, xujing)).toEqual({
      zh: '青浦区徐泾镇',
      en: 'Xujing Town, Qingpu',
    });
    expect(scopeName(xujing)).toEqual({ zh: '青浦区徐泾镇', en: 'Xujing Town, Qingpu' });
  });

  it('name districts after themselves for the city and a district officer', () => {
    expect(nameOfKey('district', '310118', noPlatforms, qingpu)).toEqual({ zh: '青浦区', en: 'Qingpu' });
    expect(nameOfKey('district', '310118', noPlatforms, city)).toEqual({ zh: '青浦区', en: 'Qingpu' });
    expect(scopeName(qingpu)).toEqual({ zh: '青浦区', en: 'Qingpu' });
    expect(scopeName(city)).toEqual({ zh: '合计', en: 'Total' });
  });

  it('name streets in Chinese and in pinyin with their district', () => {
    expect(nameOfKey('street', '310118106', noPlatforms, qingpu)).toEqual({
      zh: '青浦区徐泾镇',
      en: 'Xujing Town, Qingpu',
    });
    expect(nameOfKey('street', '310101002', noPlatforms, city).en).toBe('Nanjingdonglu Subdistrict, Huangpu');
  });
});
