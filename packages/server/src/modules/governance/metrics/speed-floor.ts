/**
 * Whether an order's allowed time is below `fd.eta_speed_floor`'s floor — distance at `speed` km/h plus `handover`
 * minutes (SQL of numbers) — compared exactly: cross-multiplied in decimals, allowed µs × 1,000 × speed against
 * distance × 3.6·10⁹ + handover × 60·10⁹ × speed, never a rounded quotient, so that an order promised exactly at the
 * floor is no breach, as the clause finds. NULL where a time or the distance is missing.
 */
export function speedFloorBreachSql(speed: string, handover: string): string {
  const kmh = `CAST(${speed} AS DECIMAL(38, 6))`;
  const allowed = `CAST(epoch_us(promised_at) - epoch_us(accepted_at) AS DECIMAL(38, 0))`;
  return `${allowed} * 1000 * ${kmh}
    < CAST(distance_m AS DECIMAL(38, 0)) * 3600000000 + CAST(${handover} AS DECIMAL(38, 6)) * 60000000000 * ${kmh}`;
}
