import { evaluationQuery, inferenceQuery } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import {
  metricsOfIndustry,
  unknownDistrictIssue,
  unknownScopeIssues,
  unmeasuredMetricIssues,
  type RegisteredPlatform,
} from './query-checks';

describe('what a request of the analyses may name', () => {
  const registry: RegisteredPlatform[] = [
    { code: 'eleme', nameZh: '饿了么', nameEn: 'Ele.me', industry: 'food_delivery' },
    { code: 'meituan', nameZh: '美团', nameEn: 'Meituan', industry: 'food_delivery' },
    { code: 'didi', nameZh: '滴滴出行', nameEn: 'DiDi', industry: 'ride_hailing' },
  ];

  it('takes the city’s districts and the registry’s platforms', () => {
    expect(unknownScopeIssues({}, registry, 'food_delivery')).toEqual([]);
    expect(unknownScopeIssues({ district: '310118', platform: 'eleme' }, registry, 'food_delivery')).toEqual(
      [],
    );
    // A registered platform of another industry has no rows here: an empty analysis, not a mistake.
    expect(unknownScopeIssues({ platform: 'didi' }, registry, 'food_delivery')).toEqual([]);
  });

  it('names the district nearest a code the city does not have, or every district when none is near', () => {
    expect(unknownScopeIssues({ district: '310199' }, registry, 'food_delivery')).toEqual([
      {
        path: ['querystring', 'district'],
        zh: 'district：310199 不是本市的区代码；最接近的：310109 虹口区',
        en: 'district: 310199 is not a district of the city; nearest: 310109 Hongkou',
      },
    ]);
    const [city] = unknownScopeIssues({ district: '310000' }, registry, 'food_delivery');
    expect(city!.en).toContain('nearest: 310101 Huangpu');
    const [far] = unknownScopeIssues({ district: '999999' }, registry, 'food_delivery');
    expect(far!.en).toMatch(
      /^district: 999999 is not a district of the city; its districts: 310101 Huangpu, /,
    );
    expect(far!.en.split(', ')).toHaveLength(16);
    expect(far!.zh).toContain('310151 崇明区');
    // A scenario's body names its district at the top.
    expect(unknownDistrictIssue('310199', '')?.path).toEqual(['district']);
  });

  it('lists the registry’s platforms of the industry beside a platform it does not know', () => {
    expect(unknownScopeIssues({ platform: 'HV0003' }, registry, 'ride_hailing')).toEqual([
      {
        path: ['querystring', 'platform'],
        zh: 'platform：HV0003 不是登记的平台；登记的网约车平台：didi 滴滴出行',
        en: "platform: HV0003 is not a platform of the registry; the registry's ride-hailing platforms: didi (DiDi)",
      },
    ]);
    const [cased] = unknownScopeIssues({ platform: 'Eleme' }, registry, 'food_delivery');
    expect(cased!.en).toBe(
      "platform: Eleme is not a platform of the registry (did you mean eleme?); the registry's food delivery platforms: eleme (Ele.me), meituan (Meituan)",
    );
    const [none] = unknownScopeIssues({ platform: 'nosuch' }, [], 'food_delivery');
    expect(none!.en).toBe(
      "platform: nosuch is not a platform of the registry; the registry's platforms: none",
    );
    expect(
      unknownScopeIssues({ platform: 'nosuch', district: '310199' }, registry, 'food_delivery'),
    ).toHaveLength(2);
  });

  it('takes only the metrics of the agreement’s industry, naming them when refusing another', () => {
    expect(metricsOfIndustry('ride_hailing')).toEqual([
      'commission_mean',
      'commission_above_cap_share',
      'bill_shown_share',
      'ride_hourly_pay_p50',
      'ride_below_min_hourly_share',
      'ride_rest_compliance',
    ]);
    expect(unmeasuredMetricIssues(undefined, 'food_delivery')).toEqual([]);
    expect(unmeasuredMetricIssues('late_rate', 'food_delivery')).toEqual([]);
    expect(unmeasuredMetricIssues('late_rate', 'ride_hailing')).toEqual([
      {
        path: ['querystring', 'metric'],
        zh: 'metric：late_rate 不是网约车协议测量的指标；可选：commission_mean、commission_above_cap_share、bill_shown_share、ride_hourly_pay_p50、ride_below_min_hourly_share、ride_rest_compliance',
        en: 'metric: late_rate is not measured for a ride-hailing agreement; measured: commission_mean, commission_above_cap_share, bill_shown_share, ride_hourly_pay_p50, ride_below_min_hourly_share, ride_rest_compliance',
      },
    ]);
  });

  it('reads an empty query parameter as not given', () => {
    expect(
      evaluationQuery.parse({ replicates: '', seed: '', platform: '', district: '', metric: '' }),
    ).toEqual({
      replicates: 200,
      seed: 20250501,
    });
    expect(inferenceQuery.parse({ industry: '', seed: '' })).toEqual({
      industry: 'food_delivery',
      seed: 20250501,
    });
    expect(evaluationQuery.safeParse({ replicates: '0' }).success).toBe(false);
  });
});
