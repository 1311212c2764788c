import { canonicalDatasets, datasetKinds, type DatasetKind } from '@gigpact/contracts';
import { adapters, sqlString } from '@gigpact/datasets';
import { findingKeyShapes, rowKeyColumnsOf, type Agreement } from '@gigpact/rules';

/**
 * Where a worker's id stands in the name of a row of each kind (1-based, among its `|`-joined parts), by how many
 * parts the name has: a payroll row's (franchisee, courier, period) names its courier second; an order's or a
 * trip's id names no one — but a driver's own export, read beside other data of its kind, names its rides by
 * platform, driver and ride (`datasetRowsSql`), the driver second.
 */
export function workerPartsOfRowNames(kind: DatasetKind): Map<number, number[]> {
  const worker = canonicalDatasets[kind].workerColumn;
  const id = canonicalDatasets[kind].columns.find((c) => c.key)?.name;
  const names = [
    rowKeyColumnsOf(kind),
    ...Object.values(adapters).flatMap((a) =>
      a.kind === kind && a.idScope && id ? [[...a.idScope, id]] : [],
    ),
  ];
  const parts = new Map<number, number[]>();
  for (const columns of names)
    parts.set(
      columns.length,
      columns.flatMap((column, i) => (worker && column === worker ? [i + 1] : [])),
    );
  return parts;
}

const intList = (parts: readonly number[]) => `[${parts.join(', ')}]::INTEGER[]`;

/** SQL of the worker's places in a row's name (`name`) of the dataset `dataset` names (both SQL). */
export function rowNameWorkerPartsSql(dataset: string, name: string): string {
  const byKind = datasetKinds.flatMap((kind) => {
    const byCount = [...workerPartsOfRowNames(kind)].filter(([, parts]) => parts.length > 0);
    if (byCount.length === 0) return [];
    const cases = byCount.map(([count, parts]) => `WHEN ${count} THEN ${intList(parts)}`).join(' ');
    return [
      `WHEN ${sqlString(kind)} THEN CASE len(string_split(${name}, '|')) ${cases} ELSE []::INTEGER[] END`,
    ];
  });
  return byKind.length ? `CASE ${dataset} ${byKind.join(' ')} ELSE []::INTEGER[] END` : '[]::INTEGER[]';
}

/**
 * A table `export_key_parts` (clause_id, parts) of the worker's places in each clause's finding keys where the
 * key joins group keys (`findingKeyShapes`); a clause whose keys name rows is not listed (its places are its
 * rows' names', `rowNameWorkerPartsSql`).
 */
export function keyPartsTableSql(agreement: Agreement): string {
  const rows = Object.entries(findingKeyShapes(agreement)).flatMap(([clause, shape]) =>
    shape.workerParts ? [`(${sqlString(clause)}, ${intList(shape.workerParts)})`] : [],
  );
  return `CREATE OR REPLACE TEMP TABLE export_key_parts AS SELECT * FROM (${
    rows.length ? `VALUES ${rows.join(', ')}` : 'SELECT NULL::VARCHAR, NULL::INTEGER[] WHERE FALSE'
  }) t(clause_id, parts)`;
}
