import { loadAgreement, type Agreement } from '@gigpact/rules';
import { describe, expect, it } from 'vitest';
import type { ClauseSummary } from '../../audits/engine/run-audit';
import {
  agreementWithinDistrict,
  districtNotCovered,
  districtOfArea,
  noRowsCoveredNotice,
  scenarioAreaOf,
} from './scenario-area';

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

describe('a scenario that checked no row', () => {
  const chongming = scenarioAreaOf({ level: 'district', code: '310151' });
  const summary = (status: ClauseSummary['status'], checked: number, unchecked = 0): ClauseSummary => ({
    clause_id: 'c05',
    rule: 'fd.min_hourly_pay',
    status,
    missing: [],
    checked,
    unchecked,
    violations: 0,
    amount: '0',
  });

  it('says that its area holds no row the agreement covers, in both languages', () => {
    expect(noRowsCoveredNotice(chongming, [summary('applicable', 0), summary('text_only', 0)], [])).toEqual({
      code: 'no_rows_covered',
      zh: '崇明区的数据中没有协议覆盖的行（协议的平台、区与骑手类型，在其生效期内）：情景没有核查任何一行，下表的数字不说明协议的效果',
      en: 'the data of Chongming holds no row the agreement covers (its platforms, districts and rider types, on the days it is in force): the scenario checked no row, and the figures below say nothing of the agreement',
    });
  });

  it('says nothing when a clause had a row, none applies, or another notice already says why', () => {
    expect(
      noRowsCoveredNotice(chongming, [summary('applicable', 0), summary('applicable', 3)], []),
    ).toBeNull();
    // A row left unchecked (an empty value) is still a row the agreement covers.
    expect(noRowsCoveredNotice(chongming, [summary('applicable', 0, 1)], [])).toBeNull();
    expect(noRowsCoveredNotice(chongming, [summary('not_applicable', 0)], [])).toBeNull();
    const before = { code: 'data_before_agreement' as const, zh: '…', en: '…' };
    expect(noRowsCoveredNotice(chongming, [summary('applicable', 0)], [before])).toBeNull();
    // Rows read from a later upload say nothing of why none is covered.
    const superseded = { code: 'rows_superseded' as const, zh: '…', en: '…' };
    expect(noRowsCoveredNotice(chongming, [summary('applicable', 0)], [superseded])?.code).toBe(
      'no_rows_covered',
    );
  });
});
