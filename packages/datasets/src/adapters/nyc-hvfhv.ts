import type { AdaptedColumn, Adapter } from './adapter';
import { exportText, milesToKm, moneyColumn, moneySum } from './adapter';

/** TLC times carry a `Z` although they are New York wall-clock times: the suffix is dropped, not honoured. */
const tlcTime = (column: string): AdaptedColumn => ({
  sql: `regexp_replace(${exportText(column)}, 'Z$', '')`,
  from: [column],
});

/** NYC TLC High Volume For-Hire Vehicle trip records → ride_trips (data-model.md, adapters table). */
export const nycHvfhvAdapter: Adapter = {
  name: 'nyc-hvfhv',
  kind: 'ride_trips',
  revision: 3,
  timeZone: 'America/New_York',
  currency: 'USD',
  requiredSourceColumns: [
    'hvfhs_license_num',
    'dispatching_base_num',
    'pickup_datetime',
    'dropoff_datetime',
    'driver_pay',
  ],
  columns: (ctx) => {
    const has = (c: string) => ctx.sourceColumns.has(c);
    const out: Record<string, string | AdaptedColumn> = {
      // TLC ids arrive as floats in some exports ("231484989.0"); the integral part is the id.
      trip_id: has('trip_id')
        ? {
            sql: `coalesce(regexp_replace(${exportText('trip_id')}, '\\.0+$', ''), CAST(_recno - 1 AS VARCHAR))`,
            from: ['trip_id'],
          }
        : 'CAST(_recno - 1 AS VARCHAR)',
      platform: { sql: `"hvfhs_license_num"`, from: ['hvfhs_license_num'] },
      driver_id: { sql: `"dispatching_base_num"`, from: ['dispatching_base_num'] },
      pickup_at: tlcTime('pickup_datetime'),
      dropoff_at: tlcTime('dropoff_datetime'),
      driver_income: moneyColumn('driver_pay'),
    };
    if (has('request_datetime')) out.requested_at = tlcTime('request_datetime');
    if (has('on_scene_datetime')) out.accepted_at = tlcTime('on_scene_datetime');
    if (has('trip_miles')) out.distance_km = milesToKm('trip_miles');
    const fareParts = [
      'base_passenger_fare',
      'tolls',
      'bcf',
      'sales_tax',
      'congestion_surcharge',
      'airport_fee',
    ];
    if (has('base_passenger_fare')) out.passenger_paid = moneySum(fareParts, ctx.sourceColumns);
    if (has('tips')) out.tips = moneyColumn('tips');
    return out;
  },
};
