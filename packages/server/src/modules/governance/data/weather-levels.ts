import type { DuckDBConnection } from '@duckdb/node-api';
import type { DatasetKind } from '@gigpact/contracts';
import { canDeriveAlertLevel } from '@gigpact/rules';

/**
 * Orders exported without `weather_alert_level` take it from the weather_alerts dataset, as data-model.md and
 * the audit do: the highest level of the alerts in force in the order's district when it was placed, 0 when
 * none was, unknown when the order names no district. The `delivery_orders` view then offers the column, so the
 * weather metrics and the weather effect of inference read the same levels an audit reads. Returns the
 * columns, with the derived one added when it was derived.
 */
export async function deriveAlertLevels(
  connection: DuckDBConnection,
  columns: Partial<Record<DatasetKind, string[]>>,
): Promise<Partial<Record<DatasetKind, string[]>>> {
  if (!canDeriveAlertLevel(columns)) return columns;
  await connection.run(`ALTER VIEW delivery_orders RENAME TO delivery_orders_as_stored`);
  await connection.run(
    `CREATE VIEW delivery_orders AS
     SELECT o.*, CASE WHEN o.district IS NULL THEN NULL ELSE coalesce((
         SELECT max(w.level) FROM weather_alerts w
         WHERE w.district = o.district AND w.starts_at <= o.created_at AND o.created_at < w.ends_at), 0) END
       AS weather_alert_level
     FROM delivery_orders_as_stored o`,
  );
  return { ...columns, delivery_orders: [...columns.delivery_orders!, 'weather_alert_level'] };
}
