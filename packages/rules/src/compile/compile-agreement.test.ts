import { describe, expect, it, vi } from 'vitest';
import { readAgreement } from '../agreement/load';
import { RuleError } from '../errors';
import { errorOf as thrownBy } from '../testing/error-of';
import { shippedFiles, shippedText } from '../testing/express-brand';
import { compileAgreement, planAgreement } from './compile-agreement';
import { rideHailingTestAgreement } from './ride-hailing-test-agreement';

describe('compileAgreement', () => {
  it('reports clauses as not applicable, naming the columns the dataset lacks', () => {
    const { agreement } = readAgreement(rideHailingTestAgreement, 'a.yaml');
    // The uber-driver-rides adapter supplies no passenger price (data-model.md).
    const columns = [
      'trip_id',
      'platform',
      'driver_id',
      'pickup_at',
      'dropoff_at',
      'distance_km',
      'driver_income',
      'tips',
    ];
    const compiled = compileAgreement(agreement, {
      dialect: 'duckdb',
      datasetColumns: { ride_trips: columns },
      asOf: '2025-12-31',
    });
    expect(compiled.clauses.map((c) => [c.clauseId, c.status])).toEqual([
      ['cap', 'not_applicable'],
      ['fatigue', 'applicable'],
      ['note', 'text_only'],
      ['custom', 'applicable'],
    ]);
    expect(compiled.clauses[0]).toMatchObject({ missingColumns: ['passenger_paid'], datasetMissing: false });
    expect(compiled.queries).toHaveLength(1);
    expect(compiled.queries[0]!.clauseIds).toEqual(['fatigue', 'custom']);
  });

  it('reports a whole missing dataset', () => {
    const { agreement } = readAgreement(rideHailingTestAgreement, 'a.yaml');
    const compiled = compileAgreement(agreement, { dialect: 'postgres', datasetColumns: {} });
    expect(compiled.clauses[0]).toMatchObject({ status: 'not_applicable', datasetMissing: true });
    expect(compiled.queries).toEqual([]);
  });

  it('places an expression error at its file line, clause and offset', () => {
    const bad = rideHailingTestAgreement.replace('violation: tips < 0', 'violation: tip < 0');
    const { agreement, locate } = readAgreement(bad, 'a.yaml');
    try {
      planAgreement(agreement, {}, locate);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RuleError);
      const e = error as RuleError;
      expect(e.location).toMatchObject({
        file: 'a.yaml',
        line: 23,
        clause: 'custom',
        field: 'violation',
        offset: 0,
      });
      expect(e.en).toMatch(/unknown name tip/);
    }
  });

  it('offers the key a misspelt group key is spelt like, or the keys there are', () => {
    const groupedBy = (keys: string) =>
      readAgreement(
        rideHailingTestAgreement.replace(
          '      shape: row\n      violation: tips < 0',
          `      shape: group\n      group: { by: [${keys}], measures: { n: count() } }\n      violation: n > 40`,
        ),
        'a.yaml',
      ).agreement;
    expect(() => planAgreement(groupedBy('driver_id, day'))).not.toThrow();
    expect(thrownBy(() => planAgreement(groupedBy('drivr_id, day')))).toMatchObject({
      en: 'cannot group by drivr_id in ride_trips — did you mean driver_id?',
      zh: '无法按 drivr_id 分组，是否指 driver_id？',
      location: { clause: 'custom', field: 'group.by' },
    });
    expect(thrownBy(() => planAgreement(groupedBy('wroker, day'))).en).toBe(
      'cannot group by wroker in ride_trips — did you mean worker?',
    );
    expect(thrownBy(() => planAgreement(groupedBy('fleet, day'))).en).toMatch(
      /^cannot group by fleet in ride_trips \(keys: worker, day, week, month, trip_id, platform/,
    );
  });

  it('rejects unknown and wrongly typed parameters', () => {
    const withParams = (params: string) =>
      readAgreement(
        rideHailingTestAgreement.replace(
          'rule: rh.commission_cap',
          `rule: rh.commission_cap\n    params: ${params}`,
        ),
        'a.yaml',
      );
    expect(() => planAgreement(withParams('{ kap: 0.3 }').agreement)).toThrow(
      /rule rh.commission_cap has no parameter kap/,
    );
    expect(() => planAgreement(withParams('{ cap: yes }').agreement)).toThrow(
      /parameter cap must be decimal/,
    );
    const sourced = readAgreement(
      rideHailingTestAgreement.replace(
        'rule: rh.commission_cap',
        'rule: rh.commission_cap\n    param_sources: { kap: [S20] }',
      ),
      'a.yaml',
    );
    expect(() => planAgreement(sourced.agreement, {}, sourced.locate)).toThrow(
      /a\.yaml:10.*param_sources names kap/s,
    );
  });
});

describe('checking an agreement’s parameters', () => {
  const fee = (params: string, effectiveFrom = '2025-09-01') => `id: demo
title: 示例
industry: express
effective_from: ${effectiveFrom}
clauses:
  - id: fee-share
    title: 派费分成
    text: 不低于30%。
    rule: ex.direct_fee_share
    params: ${params}
`;
  const errorOf = (text: string): RuleError => {
    const { agreement, locate } = readAgreement(text, 'demo.yaml');
    return thrownBy(() => planAgreement(agreement, {}, locate));
  };

  it('passes every shipped agreement, the studies and the secondary agreement included', () => {
    expect(shippedFiles.length).toBeGreaterThanOrEqual(6);
    for (const file of shippedFiles) {
      const { agreement, locate } = readAgreement(shippedText(file), file);
      expect(planAgreement(agreement, {}, locate).length, file).toBe(agreement.clauses.length);
    }
  });

  it('refuses a date given twice in one parameter, at its line and column', () => {
    const e = errorOf(
      fee('{ min_share: [{ from: 2025-09-10, value: 0.3 }, { from: 2025-09-10, value: 0.25 }] }'),
    );
    expect(e.location).toMatchObject({
      file: 'demo.yaml',
      line: 10,
      column: 69,
      clause: 'fee-share',
      path: ['params', 'min_share', 1, 'from'],
    });
    expect(e.en).toMatch(/^parameter min_share has two values from 2025-09-10/);
    expect(e.zh).toMatch(/^参数 min_share 的生效日期 2025-09-10 出现了两次/);
  });

  it('refuses a value outside its range, plain or dated, saying the range', () => {
    const plain = errorOf(fee('{ min_share: 1.5 }'));
    expect(plain.location).toMatchObject({ line: 10, column: 26, path: ['params', 'min_share'] });
    expect(plain.en).toMatch(/allowed range \[0, 1\]: it must be at least 0 and at most 1, got 1.5$/);
    const dated = errorOf(
      fee('{ min_share: [{ from: 2025-09-01, value: 0.3 }, { from: 2026-01-01, value: -0.1 }] }'),
    );
    expect(dated.location).toMatchObject({ line: 10, path: ['params', 'min_share', 1, 'value'] });
    expect(dated.zh).toMatch(/^参数 min_share（自 2026-01-01 起）超出允许范围 \[0, 1\]/);
  });

  it('refuses a value the column a parameter is compared with never holds, at its line and column', () => {
    const exemption = (params: string) => `id: demo
title: 示例
industry: food_delivery
effective_from: 2025-05-01
clauses:
  - id: exempt
    title: 超时免罚
    text: 恶劣天气超时不扣款。
    rule: fd.late_penalty_exemption
    params: ${params}
`;
    const plain = errorOf(exemption('{ exempt_reasons: [weather, Merchant, merchnt] }'));
    expect(plain.location).toMatchObject({
      line: 10,
      clause: 'exempt',
      path: ['params', 'exempt_reasons', 1],
    });
    expect(plain.en).toMatch(
      /^parameter exempt_reasons: "Merchant", "merchnt" are not values of delay_reason \(weather, merchant/,
    );
    expect(plain.zh).toMatch(/^参数 exempt_reasons 的取值 "Merchant"、"merchnt" 不是 delay_reason 的取值/);
    // Values the column holds pass, in any subset.
    const { agreement, locate } = readAgreement(
      exemption('{ exempt_reasons: [weather, access] }'),
      'demo.yaml',
    );
    expect(planAgreement(agreement, {}, locate)).toHaveLength(1);
  });

  it('refuses a dated parameter that starts after effective_from, asking for a value from it', () => {
    const e = errorOf(fee('{ min_share: [{ from: 2025-10-01, value: 0.25 }] }'));
    expect(e.location).toMatchObject({
      file: 'demo.yaml',
      line: 10,
      column: 35,
      clause: 'fee-share',
      path: ['params', 'min_share', 0, 'from'],
    });
    expect(e.en).toMatch(/^parameter min_share has no value from effective_from 2025-09-01 until 2025-10-01/);
    expect(e.en).toContain('give it a value from 2025-09-01');
    expect(e.zh).toContain('请给出自 2025-09-01 起的取值');
    // From the effective date itself, or earlier, it is whole.
    expect(() =>
      planAgreement(readAgreement(fee('{ min_share: [{ from: 2025-09-01, value: 0.25 }] }')).agreement),
    ).not.toThrow();
    expect(() =>
      planAgreement(readAgreement(fee('{ min_share: [{ from: 2025-01-01, value: 0.25 }] }')).agreement),
    ).not.toThrow();
  });

  it('holds a secondary agreement to its own effective_from', () => {
    const secondary = (from: string) =>
      fee(`{ min_share: [{ from: ${from}, value: 0.3 }] }`, '2025-09-01').replace(
        'industry: express',
        'industry: express\nparent: jt-express-2025',
      );
    expect(() => planAgreement(readAgreement(secondary('2025-09-01')).agreement)).not.toThrow();
    expect(errorOf(secondary('2025-09-02')).en).toMatch(
      /no value from effective_from 2025-09-01 until 2025-09-02/,
    );
  });
});

describe('the default as-of date', () => {
  it('is the city’s today: late in the evening UTC it is already the next day in Shanghai', () => {
    vi.useFakeTimers({ now: new Date('2026-11-28T17:30:00Z') });
    try {
      const { agreement } = readAgreement(rideHailingTestAgreement, 'a.yaml');
      expect(compileAgreement(agreement, { dialect: 'duckdb' }).asOf).toBe('2026-11-29');
    } finally {
      vi.useRealTimers();
    }
  });
});
