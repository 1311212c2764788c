import type { DatasetKind, DatasetSpec } from '@gigpact/contracts';

/**
 * Times that must not run backwards within one row: `later` may not be before `earlier`. Only what is true of
 * every honest record is here (a rider cannot deliver before accepting); anything a platform may legitimately do
 * (a shipper paying before completion) is left to the rules.
 */
export const timeOrder: Partial<Record<DatasetKind, readonly { later: string; earlier: string }[]>> = {
  delivery_orders: [
    { later: 'accepted_at', earlier: 'created_at' },
    { later: 'delivered_at', earlier: 'accepted_at' },
    { later: 'delivered_at', earlier: 'picked_up_at' },
    { later: 'picked_up_at', earlier: 'accepted_at' },
  ],
  // Not accepted_at ≥ requested_at: pre-arranged TLC trips have the car on scene before the booked time.
  ride_trips: [{ later: 'dropoff_at', earlier: 'pickup_at' }],
  weather_alerts: [{ later: 'ends_at', earlier: 'starts_at' }],
};

/** Columns whose presence must agree with a row's status. */
export const statusRules: Partial<
  Record<DatasetKind, readonly { column: string; whenStatus: string; mustBe: 'present' | 'absent' }[]>
> = {
  delivery_orders: [
    { column: 'delivered_at', whenStatus: 'delivered', mustBe: 'present' },
    { column: 'delivered_at', whenStatus: 'cancelled', mustBe: 'absent' },
  ],
};

/**
 * The columns that together identify a row (data-model.md): an id within its platform or company, one courier's
 * pay for one period at one franchisee, one alert of a kind starting at one time in one district. A second row
 * with the same key would count twice (wage arrears, orders, alert hours), so it is refused naming the first.
 */
export const naturalKeys: Record<DatasetKind, readonly string[]> = {
  delivery_orders: ['platform', 'order_id'],
  parcel_deliveries: ['company', 'parcel_id'],
  courier_payroll: ['franchisee_id', 'courier_id', 'period'],
  ride_trips: ['platform', 'trip_id'],
  freight_orders: ['platform', 'order_id'],
  weather_alerts: ['district', 'kind', 'starts_at'],
  workers: ['platform', 'worker_id'],
};

/** The columns that together make a row unique in a dataset of this kind. */
export function uniqueKeyOf(spec: DatasetSpec): readonly string[] {
  return naturalKeys[spec.kind];
}
