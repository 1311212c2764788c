import type { LineFit, SlopeInterval } from '../stats/theil-sen';

export interface TimeFit {
  /** Allowed minutes at zero distance (handover, waiting). */
  intercept: number | null;
  /** Allowed minutes per km. */
  slope: number | null;
  /** Sen's 95 % interval of the minutes per km. */
  slopeInterval: SlopeInterval;
  /** 60 ÷ the fitted minutes per km: the riding speed, handover minutes left out. */
  ridingKmh: number | null;
  /** 60 ÷ the bounds of the minutes per km; no upper bound where the slope's lower one is not above 0. */
  ridingKmhInterval: SlopeInterval;
  /** Orders the fit used (a seeded sample). */
  n: number;
}

/** Pay per order against km: the fixed part, CNY per km with Sen's 95 % interval. */
export interface PayFit {
  intercept: number | null;
  perKm: number | null;
  perKmInterval: SlopeInterval;
  n: number;
}

export const noInterval: SlopeInterval = { lo: null, hi: null };

const kmh = (minutesPerKm: number | null) =>
  minutesPerKm !== null && minutesPerKm > 0 ? 60 / minutesPerKm : null;

/** A Theil–Sen line of allowed minutes against km as the time function: minutes per km and riding speed. */
export function timeFit(f: LineFit | undefined): TimeFit {
  const slopeInterval = f?.interval ?? noInterval;
  // The slowest speed within the interval comes from its most minutes per km, the fastest from its fewest: none
  // where those may be 0 or less, and no interval at all where even the most are.
  const slowest = kmh(slopeInterval.hi);
  return {
    intercept: f?.intercept ?? null,
    slope: f?.slope ?? null,
    slopeInterval,
    ridingKmh: kmh(f?.slope ?? null),
    ridingKmhInterval: slowest === null ? noInterval : { lo: slowest, hi: kmh(slopeInterval.lo) },
    n: f?.n ?? 0,
  };
}

/** A Theil–Sen line of pay against km as the pay function. */
export function payFit(f: LineFit | undefined): PayFit {
  return {
    intercept: f?.intercept ?? null,
    perKm: f?.slope ?? null,
    perKmInterval: f?.interval ?? noInterval,
    n: f?.n ?? 0,
  };
}
