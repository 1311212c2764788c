import { loadAgreement } from '@gigpact/rules';
import { describe, expect, it } from 'vitest';
import { dataNotices } from './data-notices';

const rides = loadAgreement(
  [
    'id: rides-test',
    'title: 测试协议',
    'industry: ride_hailing',
    'platform: [didi, t3]',
    'effective_from: 2025-09-01',
    'clauses:',
    '  - { id: cap, title: 抽成上限, text: 抽成上限, rule: rh.commission_cap }',
  ].join('\n'),
  'rides-test.yaml',
);

describe('a scenario’s notices', () => {
  it('name each checked dataset whose ingest refused rows, and not the weather alerts beside them', () => {
    const refused = (datasetId: string, rows: number) => ({ datasetId, fileName: `${datasetId}.csv`, rows });
    const notices = dataNotices(rides, [
      { kind: 'ride_trips', periodEnd: '2025-10-01T08:00:00', platforms: ['didi'], refused: refused('a', 3) },
      { kind: 'ride_trips', periodEnd: '2025-10-01T08:00:00', platforms: ['t3'] },
      { kind: 'weather_alerts', periodEnd: '2025-10-01T08:00:00', platforms: [], refused: refused('w', 1) },
    ]);
    expect(notices.map((n) => n.code)).toEqual(['rows_refused']);
    expect(notices[0]!.zh).toContain('数据集 a（a.csv）有 3 行在入库时被拒绝');
    expect(notices[0]!.en).toContain('dataset a (a.csv): 3 rows were refused at ingest and are not checked');
  });

  it('say when the data ends before the agreement takes effect, in both languages', () => {
    expect(
      dataNotices(rides, [
        { kind: 'ride_trips', periodEnd: '2025-05-18T19:57:00', platforms: ['didi'] },
        { kind: 'ride_trips', periodEnd: '2025-05-17T10:00:00', platforms: ['t3'] },
      ]),
    ).toEqual([
      {
        code: 'data_before_agreement',
        zh: '数据截至 2025-05-18，早于协议生效日 2025-09-01，没有可核查的行',
        en: 'the data ends on 2025-05-18, before the agreement takes effect on 2025-09-01: no row is checked',
      },
    ]);
  });

  it('say when the data holds none of the agreement’s platforms', () => {
    expect(
      dataNotices(rides, [
        { kind: 'ride_trips', periodEnd: '2025-10-01T08:00:00', platforms: ['caocao'] },
        { kind: 'workers', periodEnd: null, platforms: [] },
      ]),
    ).toEqual([
      {
        code: 'platforms_not_covered',
        zh: '数据中的平台（caocao）都不在协议覆盖的平台（didi、t3）之内，没有可核查的行',
        en: "the data's platforms (caocao) are none of those the agreement covers (didi, t3): no row is checked",
      },
    ]);
  });

  it('say when the data holds a platform spelt like one the agreement covers, whose rows go unchecked', () => {
    const notices = dataNotices(rides, [
      { kind: 'ride_trips', periodEnd: '2025-10-01T08:00:00', platforms: ['didi', 'T3', 'caocao'] },
    ]);
    expect(notices).toEqual([
      {
        code: 'platform_spelt_like_covered',
        zh: expect.stringContaining(
          '数据中的平台“T3”（协议覆盖的是“t3”）只在大小写或分隔符上与协议覆盖的平台不同',
        ),
        en: expect.stringContaining('the data\'s platform "T3" (the agreement covers "t3") differs from one'),
      },
    ]);
    // Data of only the near miss checks no row at all: both notices, the second saying why.
    expect(
      dataNotices(rides, [{ kind: 'ride_trips', periodEnd: '2025-10-01T08:00:00', platforms: ['T3'] }]).map(
        (n) => n.code,
      ),
    ).toEqual(['platforms_not_covered', 'platform_spelt_like_covered']);
  });

  it('say when no data of the industry is stored, and nothing when the data reaches the agreement', () => {
    expect(dataNotices(rides, []).map((n) => n.code)).toEqual(['no_data']);
    expect(
      dataNotices(rides, [
        { kind: 'ride_trips', periodEnd: '2025-05-18T19:57:00', platforms: ['caocao'] },
        { kind: 'ride_trips', periodEnd: '2025-09-01T00:10:00', platforms: ['didi'] },
      ]),
    ).toEqual([]);
  });

  it('read only the data whose rows the clauses check: weather alerts running on past the orders check nothing', () => {
    const delivery = loadAgreement(
      [
        'id: fd-test',
        'title: 测试协议',
        'industry: food_delivery',
        'platform: eleme',
        'effective_from: 2025-05-01',
        'clauses:',
        '  - { id: fee, title: 费用展示, text: 费用展示, rule: fd.fee_transparency }',
      ].join('\n'),
      'fd-test.yaml',
    );
    expect(
      dataNotices(delivery, [
        { kind: 'delivery_orders', periodEnd: '2025-04-30T22:00:00', platforms: ['eleme'] },
        { kind: 'weather_alerts', periodEnd: '2025-09-30T23:00:00', platforms: [] },
        { kind: 'workers', periodEnd: null, platforms: [] },
      ]).map((n) => n.code),
    ).toEqual(['data_before_agreement']);
    expect(
      dataNotices(delivery, [
        { kind: 'weather_alerts', periodEnd: '2025-09-30T23:00:00', platforms: [] },
      ]).map((n) => n.code),
    ).toEqual(['no_data']);
  });
});
