import { sqlString } from '../duck/session';
import type { Adapter } from './adapter';
import { decimalSumSql, decimalTextSql } from './adapter';

/** A driver's own Uber ride export (one driver) → ride_trips (data-model.md, adapters table). */
export const uberDriverRidesAdapter: Adapter = {
  name: 'uber-driver-rides',
  kind: 'ride_trips',
  timeZone: 'America/Chicago',
  currency: 'USD',
  requiredSourceColumns: ['ride_start', 'ride_end', 'base_pay', 'tip', 'surge', 'distance', 'status'],
  columns: (ctx) => ({
    // The row's number in the file, 1 for the first data row, so a worker can find the ride in their own export.
    trip_id: 'CAST(_recno - 1 AS VARCHAR)',
    platform: sqlString(ctx.platform ?? 'uber'),
    driver_id:
      ctx.driver !== undefined
        ? sqlString(ctx.driver)
        : ctx.sourceColumns.has('driver')
          ? '"driver"'
          : 'NULL',
    pickup_at: `nullif(trim("ride_start"), '')`,
    dropoff_at: `nullif(trim("ride_end"), '')`,
    distance_km: decimalTextSql('distance', 6, '1.609344'),
    driver_income: decimalSumSql(['base_pay', 'surge'], ctx.sourceColumns),
    tips: decimalTextSql('tip', 4),
  }),
  skip: () => ({
    when: `coalesce(trim("status"), '') <> 'COMPLETED'`,
    reason: `'status = ' || coalesce("status", '')`,
  }),
};
