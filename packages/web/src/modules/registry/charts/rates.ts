import type { CoverageRow } from '@gigpact/contracts';

export const rateKinds = ['foundingRate', 'membershipRate'] as const;
export type RateKind = (typeof rateKinds)[number];

/** A rate 0–1 as a percentage with one decimal, or a dash when there is nothing to divide by. */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return '—';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/**
 * The numerator and denominator behind a rate, e.g. `25 / 65`, so a percentage never stands alone; a dash for
 * a workforce that is not known (`158 / —`).
 */
export function rateBasis(
  row: Pick<CoverageRow, 'enterprisesWithUnion' | 'enterprises' | 'members' | 'workers'>,
  rate: RateKind,
): string {
  const [part, whole] =
    rate === 'foundingRate' ? [row.enterprisesWithUnion, row.enterprises] : [row.members, row.workers];
  return `${part.toLocaleString('en-US')} / ${whole === null ? '—' : whole.toLocaleString('en-US')}`;
}
