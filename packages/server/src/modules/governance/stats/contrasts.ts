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
