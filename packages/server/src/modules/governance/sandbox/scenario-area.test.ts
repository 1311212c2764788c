import { loadAgreement, type Agreement } from '@gigpact/rules';
import { describe, expect, it } from 'vitest';
import { agreementWithinDistrict, districtNotCovered, districtOfArea, scenarioAreaOf } from './scenario-area';

const agreementOf = (districts: string[]): Agreement =>
  loadAgreement(
    [
      'id: area-test',
      'title: 测试协议',
      'industry: food_delivery',
      'platform: eleme',
      'effective_from: 2025-05-01',
      `scope: { districts: ${JSON.stringify(districts)} }`,
      'clauses:',
      '  - { id: c09, title: 差评不扣款, text: 差评不扣款, rule: fd.bad_review_no_deduction }',
    ].join('\n'),
    'area-test.yaml',
  );

describe('a scenario’s area', () => {
  it('is a district’s (a street’s district) or the whole city, named in both languages', () => {
    expect(scenarioAreaOf({ level: 'district', code: '310118' })).toEqual({
      level: 'district',
      code: '310118',
      zh: '青浦区',
      en: 'Qingpu',
    });
    expect(districtOfArea({ level: 'street', code: '310118106' })?.zh).toBe('青浦区');
    expect(scenarioAreaOf({ level: 'city', code: '310000' })).toEqual({
      level: 'city',
      code: '310000',
      zh: '上海市',
      en: 'Shanghai',
    });
    // A district the city does not have is never read as the whole city.
    expect(() => districtOfArea({ level: 'district', code: '310199' })).toThrow(/310199/);
  });

  it('binds the agreement to the district’s rows, or to none of them outside the districts it names', () => {
    expect(agreementWithinDistrict(agreementOf([]), '青浦区')!.scope?.districts).toEqual(['青浦区']);
    // The agreement names its districts in any spelling.
    expect(agreementWithinDistrict(agreementOf(['310118', '黄浦区']), '青浦区')!.scope?.districts).toEqual([
      '青浦区',
    ]);
    const huangpu = agreementOf(['Huangpu']);
    expect(agreementWithinDistrict(huangpu, '青浦区')).toBeNull();
    expect(districtNotCovered(huangpu, { zh: '青浦区', en: 'Qingpu' })).toEqual({
      zh: '协议只覆盖黄浦区，不含青浦区：情景不会核查任何一行',
      en: 'the agreement covers Huangpu only, not Qingpu: the scenario would check no row',
    });
    // The whole city: the agreement as it is.
    expect(agreementWithinDistrict(huangpu, null)).toBe(huangpu);
  });
});
