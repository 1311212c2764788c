import type { Optional } from './definitions';

/**
 * A trip's commission rate as `rh.commission_cap` counts it when coupons do not count as paid (its default):
 * (passenger paid − driver income − refund) / passenger paid, in DOUBLE; NULL where the data has no fare.
 */
export function commissionRateSql(opt: Optional): string {
  const paid = `CAST(${opt('passenger_paid', 'NULL')} AS DOUBLE)`;
  return `(${paid} - CAST(driver_income AS DOUBLE) - coalesce(CAST(${opt('refund', '0')} AS DOUBLE), 0)) / ${paid}`;
}
