import { describe, expect, it } from 'vitest';
import {
  traceIn,
  districtChoices,
  districtLabel,
  findingDistrictsLabel,
  liableLabel,
  metricCell,
  percentOf,
} from './labels';

describe('audit labels', () => {
  it('names districts by code in both languages and keeps unknown text', () => {
    expect(districtLabel('310118', 'zh')).toBe('青浦区');
    expect(districtLabel('310118', 'en')).toBe('Qingpu');
    expect(districtLabel('Pudong', 'en')).toBe('Pudong');
    expect(districtLabel(null, 'zh')).toBe('—');
    // The data's district column holds Chinese names.
    expect(districtLabel('青浦区', 'en')).toBe('Qingpu');
  });

  it('names who is liable in the reader’s language and keeps wording it does not know', () => {
    expect(liableLabel('platform', 'zh')).toBe('平台');
    expect(liableLabel('franchisee, escalated to company', 'en')).toBe(
      'Franchisee, escalated to the company',
    );
    expect(liableLabel('the station', 'zh')).toBe('the station');
  });

  it('shows metric shares as percentages and money totals with two decimals', () => {
    expect(metricCell('late_rate', 0.1748)).toBe('17.5%');
    expect(metricCell('commission_mean', 0.2)).toBe('20.0%');
    expect(metricCell('courier_share_of_hq_fee_p50', 0.55)).toBe('55.0%');
    expect(metricCell('share_above_27pct', 0)).toBe('0.0%');
    expect(metricCell('share_above_cap', 0.6667)).toBe('66.7%');
    expect(metricCell('penalty_total', '52.8100')).toBe('52.81');
    expect(metricCell('hourly_pay_p50', 78.3)).toBe('78.30');
    expect(metricCell('below_min_hourly_share', 0.0525)).toBe('5.3%');
    expect(metricCell('orders', 293)).toBe('293');
    expect(metricCell('implied_kmh_p50', 7.8)).toBe('7.80');
    expect(metricCell('allowed_min_per_km_p90', 16)).toBe('16.00');
    expect(metricCell('month', '2025-04')).toBe('2025-04');
    expect(metricCell('riders', null)).toBe('—');
  });

  it('shows a stage’s progress as a percentage, whole when finished', () => {
    expect(percentOf({ done: 1, total: 4 }, false)).toBe(25);
    expect(percentOf({ done: 0, total: 0 }, false)).toBe(0);
    expect(percentOf({ done: 0, total: 0 }, true)).toBe(100);
  });
});

describe('where a finding lies', () => {
  it('is its district, or the districts its evidence was worked in', () => {
    expect(findingDistrictsLabel({ district: '310118', districts: ['310118'] }, 'zh')).toBe('青浦区');
    expect(findingDistrictsLabel({ district: null, districts: ['310101', '310118'] }, 'zh')).toBe(
      '黄浦区、青浦区',
    );
    expect(findingDistrictsLabel({ district: null, districts: ['310101', '310118'] }, 'en')).toBe(
      'Huangpu, Qingpu',
    );
    expect(findingDistrictsLabel({ district: null, districts: [] }, 'en')).toBe('—');
  });
});

describe('the districts a reader may filter by', () => {
  it('are their own for a district or street officer, and every one for the city', () => {
    expect(districtChoices('district:310118').map((d) => d.code)).toEqual(['310118']);
    expect(districtChoices('street:310118001').map((d) => d.code)).toEqual(['310118']);
    expect(districtChoices('city:310000')).toHaveLength(16);
  });
});

describe("a finding's why in the reader's language", () => {
  const trace = {
    zh: '条款 c06「预估时间」（规则 fd.x：甲）在 k 未被遵守。',
    en: 'Clause c06 "预估时间" (rule fd.x: Time allowed) is not met for k.',
  };
  it('names the clause by its English title in English', () => {
    expect(traceIn('en', trace, { id: 'c06', title: '预估时间', titleEn: 'Time allowed' })).toBe(
      'Clause c06 "Time allowed" (rule fd.x: Time allowed) is not met for k.',
    );
  });
  it('keeps the text as given in Chinese, or without an English title', () => {
    expect(traceIn('zh', trace, { id: 'c06', title: '预估时间', titleEn: 'Time allowed' })).toBe(trace.zh);
    expect(traceIn('en', trace, { id: 'c06', title: '预估时间', titleEn: null })).toBe(trace.en);
  });
});
