import { describe, expect, it } from 'vitest';
import {
  dataEndBeforeAgreement,
  dataPlatformsNotCovered,
  auditColumnLabel,
  auditMetricLabels,
  caseTypeOfRule,
  caseTypeOfRules,
  findingStatesOf,
} from './audits';
import { findingExportQuery, findingQuery, findingsAcrossRunsQuery } from './api/audits';
import { canonicalDatasets, datasetKinds } from './canonical';

describe('finding state filters', () => {
  it('reads one or several states, comma-separated or repeated, with open standing for the open ones', () => {
    expect(findingStatesOf(undefined)).toBeUndefined();
    expect(findingStatesOf('')).toBeUndefined();
    expect(findingStatesOf('open')).toEqual(['new', 'confirmed', 'disputed']);
    expect(findingStatesOf('dismissed,new')).toEqual(['new', 'dismissed']);
    expect(findingStatesOf(['open', 'rectified'])).toEqual(['new', 'confirmed', 'disputed', 'rectified']);
    expect(findingStatesOf('confirmed, confirmed')).toEqual(['confirmed']);
  });
});

describe('case types of rules', () => {
  it('makes wage, penalty, commission and working-time cases of the standard rules', () => {
    expect(caseTypeOfRule('fd.min_hourly_pay')).toBe('wage_arrears');
    expect(caseTypeOfRule('ex.wage_arrears')).toBe('wage_arrears');
    expect(caseTypeOfRule('fd.no_late_money_penalty')).toBe('penalty_dispute');
    expect(caseTypeOfRule('fd.bad_review_no_deduction')).toBe('penalty_dispute');
    expect(caseTypeOfRule('rh.commission_cap')).toBe('commission');
    expect(caseTypeOfRule('fd.continuous_work_rest')).toBe('working_time');
    expect(caseTypeOfRule('rh.fatigue_daily')).toBe('working_time');
  });

  it('judges other rules by their words, and several findings by most of them', () => {
    expect(caseTypeOfRule('local.night_penalty')).toBe('penalty_dispute');
    expect(caseTypeOfRule('local.something')).toBe('other');
    expect(caseTypeOfRules([])).toBe('other');
    expect(
      caseTypeOfRules(['fd.min_hourly_pay', 'fd.no_late_money_penalty', 'fd.late_penalty_exemption']),
    ).toBe('penalty_dispute');
  });
});

describe('audit column labels', () => {
  it('names every canonical column and every metric in Chinese and English (no Chinese punctuation in English)', () => {
    const names = [
      ...datasetKinds.flatMap((k) => canonicalDatasets[k].columns.map((c) => [c.name, k] as const)),
      ...Object.keys(auditMetricLabels).map((name) => [name, undefined] as const),
    ];
    for (const [name, kind] of names) {
      const label = auditColumnLabel(name, kind);
      expect(label?.zh, name).toMatch(/\S/);
      expect(label?.en, name).toMatch(/^[A-Z0-9]/);
      expect(label?.en, name).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
    }
    expect(auditColumnLabel('penalty_reason', 'delivery_orders')).toEqual({
      zh: expect.any(String),
      en: expect.stringMatching(/^[A-Z]/),
    });
    expect(auditColumnLabel('no_such_column')).toBeUndefined();
  });
});

describe('data that ends before the agreement', () => {
  it('gives the last day of data when every dataset with a period ends before the agreement takes effect', () => {
    expect(dataEndBeforeAgreement(['2025-09-03T20:00:00', null, '2025-08-31T23:59:00'], '2025-11-01')).toBe(
      '2025-09-03',
    );
    expect(dataEndBeforeAgreement(['2025-09-03T20:00:00', '2025-11-01T08:00:00'], '2025-11-01')).toBeNull();
    expect(dataEndBeforeAgreement([null], '2025-11-01')).toBeNull();
    expect(dataEndBeforeAgreement([], '2025-11-01')).toBeNull();
  });
});

describe('data of platforms the agreement does not cover', () => {
  it('gives the data’s platforms when none of them is the agreement’s', () => {
    expect(dataPlatformsNotCovered([['meituan', 'jd'], ['jd'], []], ['eleme'])).toEqual(['jd', 'meituan']);
    expect(dataPlatformsNotCovered([['meituan', 'eleme']], ['eleme'])).toBeNull();
    // An agreement that names no platform covers every one; data that names none cannot be judged.
    expect(dataPlatformsNotCovered([['meituan']], [])).toBeNull();
    expect(dataPlatformsNotCovered([[], []], ['eleme'])).toBeNull();
  });
});

describe('a findings query’s days', () => {
  it('refuses a range that ends before it starts, in every form of the query', () => {
    for (const schema of [findingQuery, findingsAcrossRunsQuery, findingExportQuery]) {
      expect(schema.safeParse({ from: '2025-09-01', to: '2025-09-01' }).success).toBe(true);
      expect(schema.safeParse({ from: '2025-09-01' }).success).toBe(true);
      const backwards = schema.safeParse({ from: '2025-09-02', to: '2025-09-01' });
      expect(backwards.success).toBe(false);
      expect(backwards.error!.issues[0]).toMatchObject({
        path: ['to'],
        message: '结束日期 to 早于开始日期 from / to is before from',
      });
    }
  });
});
