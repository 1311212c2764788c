import type { RulePlan } from '@gigpact/rules';
import { describe, expect, it } from 'vitest';
import { dimensionColumns } from './finding-rows';
import { placedDimensions } from './placed-dimensions';

const groupedBy = (...names: string[]) =>
  ({ group: { keys: names.map((name) => ({ name })) } }) as unknown as Pick<RulePlan, 'group'>;
const placed = (plan: Pick<RulePlan, 'group'>, kind: keyof typeof dimensionColumns) =>
  [...placedDimensions(plan, dimensionColumns[kind])].sort();

describe('placed dimensions', () => {
  it('gives a finding about one row every dimension', () => {
    expect(placed({}, 'ride_trips')).toEqual([
      'day',
      'district',
      'franchisee',
      'month',
      'platform',
      'worker',
    ]);
  });

  it('gives a group finding only the dimensions its group settles', () => {
    expect(placed(groupedBy('platform', 'month'), 'ride_trips')).toEqual(['month', 'platform']);
    expect(placed(groupedBy('worker', 'day'), 'delivery_orders')).toEqual([
      'day',
      'month',
      'platform',
      'worker',
    ]);
    // A week can span two months.
    expect(placed(groupedBy('worker', 'week'), 'delivery_orders')).toEqual(['platform', 'worker']);
    expect(placed(groupedBy('district', 'day'), 'delivery_orders')).toEqual(['day', 'district', 'month']);
    expect(placed(groupedBy('partner_id', 'month'), 'delivery_orders')).toEqual(['franchisee', 'month']);
    expect(placed(groupedBy('company', 'franchisee_id'), 'parcel_deliveries')).toEqual([
      'franchisee',
      'platform',
    ]);
    expect(placed(groupedBy('rider_id'), 'delivery_orders')).toEqual(['platform', 'worker']);
  });

  it('gives a payroll group its month only when grouped by pay period, not by the due date’s month', () => {
    expect(placed(groupedBy('franchisee_id', 'month'), 'courier_payroll')).toEqual(['franchisee']);
    expect(placed(groupedBy('franchisee_id', 'period'), 'courier_payroll')).toEqual(['franchisee', 'month']);
  });
});
