import type { CoveredSql, Optional } from './definitions';

/**
 * Where a dataset's units of analysis come from: the column naming the platform, the moment whose day is the
 * unit's day (the day its parameters are resolved on, as the audit places the row), the worker (the cluster) and
 * which rows are units at all.
 */
interface UnitSource {
  platform: string;
  at: string;
  worker: string;
  rows: string;
}

const unitSources = {
  delivery_orders: {
    platform: 'platform',
    at: 'accepted_at',
    worker: 'rider_id',
    rows: "status = 'delivered'",
  },
  ride_trips: { platform: 'platform', at: 'pickup_at', worker: 'driver_id', rows: 'passenger_paid > 0' },
  parcel_deliveries: { platform: 'company', at: 'delivered_at', worker: 'courier_id', rows: 'TRUE' },
  freight_orders: { platform: 'platform', at: 'completed_at', worker: 'driver_id', rows: 'TRUE' },
} satisfies Record<string, UnitSource>;

export type UnitKind = keyof typeof unitSources;

/** The kinds whose rows are units of a metric. */
export const isUnitKind = (kind: string): kind is UnitKind => Object.hasOwn(unitSources, kind);

/** Whether a row is one the agreement covers (never NULL). */
export const coveredRowSql = (covered: CoveredSql) =>
  `coalesce(${typeof covered === 'string' ? covered : covered.covered}, FALSE)`;

/** Whether a row is compared at all: covered, or not left out (`CoveredSql`). */
export const comparedRowSql = (covered: CoveredSql) =>
  typeof covered === 'string'
    ? 'TRUE'
    : `(${coveredRowSql(covered)} OR NOT coalesce(${covered.leftOut}, FALSE))`;

/** The day a unit of `kind` falls on: an order's acceptance, a trip's pickup, a parcel's delivery, and so on. */
export const unitDay = (kind: UnitKind) => `CAST(${unitSources[kind].at} AS DATE)`;

/**
 * One row per unit of `kind` (a delivered order, a trip with a fare, a parcel, a freight order) with platform,
 * district, day, cluster (the worker) and covered (whether the agreement covers it), then `select`; `where` keeps
 * only some of the units, and so does `covered` (rows left out of the comparison are none).
 */
export function unitsSql(kind: UnitKind, opt: Optional, covered: CoveredSql, select: string, where = 'TRUE') {
  const source = unitSources[kind];
  return `SELECT ${source.platform} AS platform, coalesce(${opt('district', 'NULL')}, '') AS district,
     ${unitDay(kind)} AS day, ${source.worker} AS cluster, ${coveredRowSql(covered)} AS covered, ${select}
   FROM ${kind} WHERE ${source.rows} AND ${where} AND ${comparedRowSql(covered)}`;
}

/** A ratio estimator's share of the units for which `condition` holds: each unit counts 1 of 1 or 0 of 1. */
export const shareWhere = (condition: string) => `(${condition})::INT AS num, 1 AS den`;
