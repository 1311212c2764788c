/** One cell of a linear contrast (`contrast` in `bootstrap.ts`): the group it names and its weight. */
export interface ContrastCell {
  where: Record<string, string>;
  weight: number;
}

/** The change from before to after (`after − before`), within the cells `within` names (an arm) or over all. */
export function beforeAfter(within: Record<string, string> = {}): ContrastCell[] {
  return [
    { where: { ...within, period: 'after' }, weight: 1 },
    { where: { ...within, period: 'before' }, weight: -1 },
  ];
}

/** The difference-in-differences: the treated arm's change less the control arm's. */
export function differenceInDifferences(): ContrastCell[] {
  return [
    ...beforeAfter({ arm: 'treated' }),
    ...beforeAfter({ arm: 'control' }).map((cell) => ({ ...cell, weight: -cell.weight })),
  ];
}

/**
 * The bootstrap p-value of a change: twice the share of the `replicates` at zero or on the other side of it from
 * the estimate (`beyond` of them), at most 1; 1 for an estimate of zero. Counted in whole replicates, so that the
 * share is the exact fraction: 4 of 200 replicates give 0.04, not 0.040000000000000036.
 */
export function bootstrapP(estimate: number, beyond: number, replicates: number): number {
  if (estimate === 0) return 1;
  return Math.min(1, (2 * beyond) / replicates);
}
