/**
 * Quantiles of one value as columns, asked for as one list (`quantile_cont(x, [0.1, 0.5, 0.9])[i]`): DuckDB
 * computes the identical aggregate once, ordering the values once instead of once per quantile.
 */
export function quantileColumns(value: string, places: number, columns: Record<string, number>): string {
  const fractions = Object.values(columns).join(', ');
  return Object.keys(columns)
    .map((name, i) => `round(quantile_cont(${value}, [${fractions}])[${i + 1}], ${places}) AS ${name}`)
    .join(', ');
}
