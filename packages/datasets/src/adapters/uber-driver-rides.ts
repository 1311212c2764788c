import { sqlString } from '../duck/session';
import type { Adapter } from './adapter';
import { exportText, milesToKm, moneyColumn, moneySum } from './adapter';

/** A driver's own Uber ride export (one driver) → ride_trips (data-model.md, adapters table). */
export const uberDriverRidesAdapter: Adapter = {
  name: 'uber-driver-rides',
  kind: 'ride_trips',
  revision: 3,
  timeZone: 'America/Chicago',
  currency: 'USD',
  requiredSourceColumns: ['ride_start', 'ride_end', 'base_pay', 'tip', 'surge', 'distance', 'status'],
  // Row numbers: every driver's export has a ride 1.
  idScope: ['platform', 'driver_id'],
  columns: (ctx) => ({
    // The row's number in the file, 1 for the first data row, so a worker can find the ride in their own export.
    trip_id: 'CAST(_recno - 1 AS VARCHAR)',
    platform: sqlString(ctx.platform ?? 'uber'),
    driver_id:
      ctx.driver !== undefined
        ? sqlString(ctx.driver)
        : ctx.sourceColumns.has('driver')
          ? { sql: '"driver"', from: ['driver'] }
          : 'NULL',
    pickup_at: { sql: exportText('ride_start'), from: ['ride_start'] },
    dropoff_at: { sql: exportText('ride_end'), from: ['ride_end'] },
    distance_km: milesToKm('distance'),
    driver_income: moneySum(['base_pay', 'surge'], ctx.sourceColumns),
    tips: moneyColumn('tip'),
  }),
  skip: () => ({
    when: `coalesce(trim("status"), '') <> 'COMPLETED'`,
    reason: `'status = ' || coalesce("status", '')`,
  }),
};
