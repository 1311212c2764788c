import { commissionAboveCapSql } from '../../audits/engine/exact-bounds';
import type { Optional } from './definitions';

/**
 * A trip's commission rate as `rh.commission_cap` counts it when coupons do not count as paid (its default):
 * (passenger paid − driver income − refund) / passenger paid, in DOUBLE; NULL where the data has no fare.
 */
export function commissionRateSql(opt: Optional): string {
  const paid = `CAST(${opt('passenger_paid', 'NULL')} AS DOUBLE)`;
  return `(${paid} - CAST(driver_income AS DOUBLE) - coalesce(CAST(${opt('refund', '0')} AS DOUBLE), 0)) / ${paid}`;
}

/**
 * Whether a trip's commission rate exceeds `cap` (SQL of a number), as `rh.commission_cap` decides it: without a
 * quotient (`exact-bounds.ts`), so that a trip charged exactly the cap is not above it, and with the platform's
 * coupon counted as paid where `couponCountsAsPaid` (SQL of a BOOLEAN) holds. NULL without a fare.
 */
export function commissionAboveCap(opt: Optional, cap: string, couponCountsAsPaid = 'FALSE'): string {
  const paid = `(${opt('passenger_paid', 'NULL')} + CASE WHEN ${couponCountsAsPaid} THEN coalesce(${opt('platform_coupon', '0')}, 0) ELSE 0 END)`;
  return commissionAboveCapSql(paid, 'driver_income', opt('refund', '0'), cap);
}
