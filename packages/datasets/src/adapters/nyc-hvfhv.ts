import type { Adapter } from './adapter';
import { decimalSumSql, decimalTextSql } from './adapter';

/** TLC times carry a `Z` although they are New York wall-clock times: the suffix is dropped, not honoured. */
const tlcTime = (column: string) => `regexp_replace(nullif(trim("${column}"), ''), 'Z$', '')`;

/** NYC TLC High Volume For-Hire Vehicle trip records → ride_trips (data-model.md, adapters table). */
export const nycHvfhvAdapter: Adapter = {
  name: 'nyc-hvfhv',
  kind: 'ride_trips',
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
    const out: Record<string, string> = {
      // TLC ids arrive as floats in some exports ("231484989.0"); the integral part is the id.
      trip_id: has('trip_id')
        ? `coalesce(regexp_replace(nullif(trim("trip_id"), ''), '\\.0+$', ''), CAST(_recno - 1 AS VARCHAR))`
        : 'CAST(_recno - 1 AS VARCHAR)',
      platform: `"hvfhs_license_num"`,
      driver_id: `"dispatching_base_num"`,
      pickup_at: tlcTime('pickup_datetime'),
      dropoff_at: tlcTime('dropoff_datetime'),
      driver_income: decimalTextSql('driver_pay', 4),
    };
    if (has('request_datetime')) out.requested_at = tlcTime('request_datetime');
    if (has('on_scene_datetime')) out.accepted_at = tlcTime('on_scene_datetime');
    if (has('trip_miles')) out.distance_km = decimalTextSql('trip_miles', 6, '1.609344');
    const fareParts = [
      'base_passenger_fare',
      'tolls',
      'bcf',
      'sales_tax',
      'congestion_surcharge',
      'airport_fee',
    ];
    if (has('base_passenger_fare')) out.passenger_paid = decimalSumSql(fareParts, ctx.sourceColumns);
    if (has('tips')) out.tips = decimalTextSql('tips', 4);
    return out;
  },
};
