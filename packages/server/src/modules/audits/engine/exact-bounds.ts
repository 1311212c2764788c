/**
 * Comparisons with a clause's bound made as the clause makes them, without a quotient — cross-multiplied in
 * exact decimals and integers — so that a figure at exactly the bound falls where the clause puts it. The audit
 * metrics and the governance metrics both decide with these. Each argument is SQL.
 */

/**
 * Hourly pay below the minimum (`fd.min_hourly_pay`, `rh.min_hourly_pay`): net pay per paid hour < minimum ⇔
 * net × 216·10⁹ < minimum × working µs × (60 + allowance minutes per hour). A day paid exactly the minimum is not
 * below it.
 */
export function belowHourlyMinimumSql(
  net: string,
  micros: string,
  minimum: string,
  allowance: string,
): string {
  return `${net} * 216000000000 < ${minimum} * CAST(${micros} AS HUGEINT) * (60 + ${allowance})`;
}

/**
 * A trip's commission above the cap (`rh.commission_cap`, coupons not counted as paid): (paid − income − refund)
 * / paid > cap ⇔ paid − income − refund > cap × paid for a fare above 0; NULL without one. A trip charged exactly
 * the cap is not above it.
 */
export function commissionAboveCapSql(paid: string, income: string, refund: string, cap: string): string {
  return `CASE WHEN ${paid} > 0 THEN ${paid} - ${income} - coalesce(${refund}, 0) > ${cap} * ${paid} END`;
}
