import type { DatasetKind } from '@gigpact/contracts';
import type { RawRow } from '../evaluate/values';
import { parseTimestamp } from '../time';

/**
 * When orders lack `weather_alert_level`, it comes from the weather_alerts dataset (data-model.md): the highest
 * level of the alerts in the order's district in force at `created_at` (from `starts_at`, until before
 * `ends_at`); 0 when none was; unknown (empty) when the order has no district.
 */
export const derivedAlertColumn = 'weather_alert_level';
const needs = ['district', 'created_at'];

/** Whether the level can be derived: orders lack it, but have district and time, and alerts are supplied. */
export function canDeriveAlertLevel(
  columns: Partial<Record<DatasetKind, readonly string[]>> | undefined,
): boolean {
  const orders = columns?.delivery_orders;
  return (
    orders !== undefined &&
    columns?.weather_alerts !== undefined &&
    !orders.includes(derivedAlertColumn) &&
    needs.every((c) => orders.includes(c))
  );
}

/** The SQL (any dialect) for the derived level of the order row aliased `o`. */
export function alertLevelSql(quote: (name: string) => string, alertsTable: string): string {
  const o = (c: string) => `o.${quote(c)}`;
  const w = (c: string) => `w.${quote(c)}`;
  const match = `${w('district')} = ${o('district')} AND ${w('starts_at')} <= ${o('created_at')} AND ${o('created_at')} < ${w('ends_at')}`;
  return `CASE WHEN ${o('district')} IS NULL THEN NULL ELSE COALESCE((SELECT MAX(${w('level')}) FROM ${quote(alertsTable)} w WHERE ${match}), 0) END`;
}

/** The same derivation for rows checked in TypeScript (a worker's own orders on a phone). */
export function attachWeatherAlerts(orders: readonly RawRow[], alerts: readonly RawRow[]): RawRow[] {
  const parsed = alerts.map((a) => ({
    district: String(a.district),
    level: Number(a.level),
    starts: parseTimestamp(String(a.starts_at)),
    ends: parseTimestamp(String(a.ends_at)),
  }));
  return orders.map((order) => {
    if (order.district === undefined || order.district === null || order.district === '')
      return { ...order, [derivedAlertColumn]: null };
    const at = parseTimestamp(String(order.created_at));
    const levels = parsed
      .filter((a) => a.district === order.district && a.starts <= at && at < a.ends)
      .map((a) => a.level);
    return { ...order, [derivedAlertColumn]: String(Math.max(0, ...levels)) };
  });
}
