import type { DatasetKind } from '@gigpact/contracts';

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

/** The columns that together make a row's id unique (the key column, within its platform or company). */
export function uniqueKeyOf(columns: readonly { name: string; key?: boolean }[]): string[] {
  const key = columns.find((c) => c.key);
  if (!key) return [];
  const scope = columns.find((c) => c.name === 'platform' || c.name === 'company');
  return scope ? [scope.name, key.name] : [key.name];
}
