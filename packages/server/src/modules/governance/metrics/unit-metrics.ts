import type { Estimator } from '../stats/bootstrap';
import type { MetricDefinition, MetricParams, MetricUnit, Optional } from './definitions';
import { unitsSql, type UnitKind } from './unit-sql';

/**
 * A metric over a kind's units (orders, trips, parcels, freight orders): its key, the columns it needs, which way
 * is better for workers.
 */
interface UnitMetric {
  key: string;
  kind: UnitKind;
  needs: readonly string[];
  better: 'higher' | 'lower';
  /** Only the units for which this holds. */
  among?: string;
}

/** SQL over a unit's columns; a function when it reads optional columns or the agreement's parameters. */
type UnitSql = string | ((opt: Optional, params: MetricParams) => string);

const sqlOf = (sql: UnitSql, opt: Optional, params: MetricParams) =>
  typeof sql === 'string' ? sql : sql(opt, params);

/** A metric of the units `metric` names: `select` gives each unit's num and den, or its value. */
function unitMetric(
  { key, kind, needs, better, among }: UnitMetric,
  estimator: Estimator,
  unit: MetricUnit,
  select: (opt: Optional, params: MetricParams) => string,
): MetricDefinition {
  return {
    key,
    kind,
    needs,
    estimator,
    unit,
    better,
    units: (opt, params, covered) => unitsSql(kind, opt, covered, select(opt, params), among),
  };
}

/** Σ num / Σ den over the units (a mean when `den` is 1, a share of money, a rate). */
export function ratioMetric({
  unit,
  num,
  den = '1',
  ...metric
}: UnitMetric & { unit: MetricUnit; num: UnitSql; den?: UnitSql }): MetricDefinition {
  return unitMetric(
    metric,
    { type: 'ratio' },
    unit,
    (opt, params) => `${sqlOf(num, opt, params)} AS num, ${sqlOf(den, opt, params)} AS den`,
  );
}

/** The share of the units for which `condition` holds: each counts 1 of 1 or 0 of 1. */
export function shareMetric({ condition, ...metric }: UnitMetric & { condition: UnitSql }): MetricDefinition {
  return ratioMetric({
    ...metric,
    unit: 'share',
    num: (opt, params) => `(${sqlOf(condition, opt, params)})::INT`,
  });
}

/** The median of a value per unit. */
export function medianMetric({
  unit,
  value,
  ...metric
}: UnitMetric & { unit: MetricUnit; value: UnitSql }): MetricDefinition {
  return unitMetric(
    metric,
    { type: 'quantile', q: 0.5 },
    unit,
    (opt, params) => `${sqlOf(value, opt, params)} AS value`,
  );
}
