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
 * Whether a trip's commission rate exceeds `cap` (SQL of a number), as `rh.commission_cap` decides it: compared
 * exactly in decimals, without dividing — (paid − income − refund) > cap × paid for a positive fare (the other way
 * round for a negative one) — so that a trip charged exactly the cap is not above it. NULL where the fare is
 * missing or zero.
 */
export function commissionAboveCapSql(opt: Optional, cap: string): string {
  const paid = `CAST(${opt('passenger_paid', 'NULL')} AS DECIMAL(38, 4))`;
  const commission = `(${paid} - CAST(driver_income AS DECIMAL(38, 4)) - coalesce(CAST(${opt('refund', '0')} AS DECIMAL(38, 4)), 0))`;
  const capped = `CAST(${cap} AS DECIMAL(38, 6)) * ${paid}`;
  return `CASE WHEN ${paid} > 0 THEN ${commission} > ${capped} WHEN ${paid} < 0 THEN ${commission} < ${capped} END`;
}
