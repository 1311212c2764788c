/**
 * Where the promised time sits between the fastest riders' pace and the typical one, in a distance band:
 * 0 when it equals the 10th percentile of actual delivery times, 1 when it equals their median. Promised
 * times set from the fastest tenth (index ≤ 0.5: closer to them than to the typical rider) are the
 * "strictest algorithm" pattern: most riders can only meet them by riding faster than they safely can.
 */
export function strictnessIndex(promisedMedian: number, actualP10: number, actualP50: number): number | null {
  const spread = actualP50 - actualP10;
  if (!(spread > 0)) return null;
  return (promisedMedian - actualP10) / spread;
}

export const strictThreshold = 0.5;

export interface BandStrictness {
  orders: number;
  index: number | null;
}

/** The order-weighted mean index over distance bands, and whether it shows the strictest pattern. */
export function overallStrictness(bands: readonly BandStrictness[]): {
  index: number | null;
  strict: boolean;
} {
  let weight = 0;
  let total = 0;
  for (const band of bands) {
    if (band.index === null || band.orders <= 0) continue;
    weight += band.orders;
    total += band.orders * band.index;
  }
  if (weight === 0) return { index: null, strict: false };
  const index = total / weight;
  return { index, strict: index <= strictThreshold };
}
