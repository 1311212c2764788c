import { describe, expect, it, vi } from 'vitest';
import { readAgreement } from '../agreement/load';
import { RuleError } from '../errors';
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
