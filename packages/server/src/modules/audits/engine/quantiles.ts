/**
 * Quantiles of one value as columns, asked for as one list (`quantile_cont(x, [0.1, 0.5, 0.9])[i]`): DuckDB
 * computes the identical aggregate once, ordering the values once instead of once per quantile. With `filter`,
 * over the rows it holds for alone.
 */
export function quantileColumns(
  value: string,
  places: number,
  columns: Record<string, number>,
  filter?: string,
): string {
  const fractions = Object.values(columns).join(', ');
  const where = filter ? ` FILTER (WHERE ${filter})` : '';
  return Object.keys(columns)
    .map(
      (name, i) => `round((quantile_cont(${value}, [${fractions}])${where})[${i + 1}], ${places}) AS ${name}`,
    )
    .join(', ');
}
