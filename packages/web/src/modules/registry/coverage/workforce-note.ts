import type { CoverageRow } from '@gigpact/contracts';

/**
 * What a coverage table says about the workers behind its membership rates. Platforms report workers by district
 * and platform, so streets have none: `areaTotal` when the rows lack them but the total of the user's area has
 * them (streets of a district or of the city), `unknown` when the user's area itself is a street, `none` when
 * every row has its figure.
 */
export type WorkforceNote = 'none' | 'areaTotal' | 'unknown';

export function workforceNote(
  rows: readonly Pick<CoverageRow, 'workers'>[],
  total: Pick<CoverageRow, 'workers'>,
): WorkforceNote {
  if (total.workers === null) return 'unknown';
  return rows.some((row) => row.workers === null) ? 'areaTotal' : 'none';
}
