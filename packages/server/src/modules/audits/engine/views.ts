import type { DuckDBConnection } from '@duckdb/node-api';
import {
  agreementCoverageOf,
  canonicalDatasets,
  datasetKinds,
  payrollPlacedByBrand,
  type DatasetKind,
} from '@gigpact/contracts';
import { idScopeOf, naturalKeys, sqlString, type DatasetManifest } from '@gigpact/datasets';
import { coverageOf, type Agreement } from '@gigpact/rules';
import { franchiseeBrandsTable } from './franchisee-brands';
import { rowIdSql } from './finding-rows';

export interface AuditDataset {
  manifest: DatasetManifest;
  /** The dataset's accepted rows (Parquet). */
  dataFile: string;
}

/**
 * The rows of the datasets of one kind read as one relation (by column name), each named as findings name it.
 * A dataset's ids are unique within its platform, except where an adapter says they are unique only within less
 * (`idScopeOf`: the row numbers of a driver's own export): read beside other datasets of its kind, such a dataset's
 * rows are named by those columns and the id, joined with `|` (`uber|d1|4`), so two drivers' ride 4 are two rows —
 * and one driver's ride given twice is still one row given twice. Alone, a dataset's rows keep their ids, so the
 * findings of one driver's export, and of platform data in any company, are named as before.
 *
 * The relation has the datasets' columns, the id column holding that name — unless `rowIdAs` is given: the id
 * column then keeps the stored id and the column `rowIdAs` holds the name (for showing evidence rows as stored) —
 * and `filename` and `file_row_number` (a row's place in its file) when asked.
 */
export function datasetRowsSql(
  ofKind: readonly AuditDataset[],
  options: { rowIdAs?: string; filename?: boolean; fileRowNumber?: boolean } = {},
): string {
  const kind = ofKind[0]?.manifest.kind;
  if (!kind) throw new Error('no datasets to read');
  const id = canonicalDatasets[kind].columns.find((c) => c.key)?.name;
  // The datasets read together, by the columns that scope their ids (none for most).
  const groups = new Map<string, { scope: readonly string[]; files: string[] }>();
  for (const d of ofKind) {
    const scope = id && ofKind.length > 1 ? idScopeOf(d.manifest) : [];
    const key = scope.join(',');
    const group = groups.get(key) ?? { scope, files: [] };
    group.files.push(sqlString(d.dataFile));
    groups.set(key, group);
  }
  return [...groups.values()]
    .map(({ scope, files }) => {
      const from = `read_parquet([${files.join(', ')}], union_by_name = true${options.filename ? ', filename = true' : ''}${options.fileRowNumber ? ', file_row_number = true' : ''})`;
      const name = scope.length
        ? [...scope, id!].map((c) => `CAST("${c}" AS VARCHAR)`).join(` || '|' || `)
        : rowIdSql(kind);
      if (options.rowIdAs) return `SELECT *, ${name} AS "${options.rowIdAs}" FROM ${from}`;
      return scope.length ? `SELECT * REPLACE (${name} AS "${id}") FROM ${from}` : `SELECT * FROM ${from}`;
    })
    .join(' UNION ALL BY NAME ');
}

/**
 * One view per dataset kind over the Parquet files of that kind (several datasets of a kind are read as one, by
 * column name, `datasetRowsSql`). Returns the columns each kind offers, for deciding which clauses apply.
 */
export async function createDatasetViews(
  connection: DuckDBConnection,
  datasets: readonly AuditDataset[],
): Promise<Partial<Record<DatasetKind, string[]>>> {
  const columns: Partial<Record<DatasetKind, string[]>> = {};
  for (const kind of datasetKinds) {
    const ofKind = datasets.filter((d) => d.manifest.kind === kind);
    if (ofKind.length === 0) continue;
    await connection.run(`CREATE OR REPLACE VIEW ${kind} AS ${datasetRowsSql(ofKind)}`);
    columns[kind] = [...new Set(ofKind.flatMap((d) => d.manifest.columns.map((c) => c.name)))];
  }
  return columns;
}

/**
 * SQL that holds for the rows of a dataset view an agreement covers (its platforms, districts and rider types;
 * `TRUE` when it covers every row). A view without a column the coverage names holds no covered row, as the
 * agreement's clauses are then not applicable.
 */
export function coveredRowsSql(agreement: Agreement, kind: DatasetKind, columns: readonly string[]): string {
  const conditions = coverageOf(agreement, kind).map((c) =>
    columns.includes(c.column) ? `"${c.column}" IN (${c.values.map(sqlString).join(', ')})` : 'FALSE',
  );
  return conditions.length > 0 ? conditions.join(' AND ') : 'TRUE';
}

/**
 * A payroll statement names no brand: the brand of each franchisee is taken from what the audit reads beside it —
 * the parcels of that franchisee (their `company`) and the payroll datasets ingested for one platform (their
 * manifest's). A franchisee seen under two brands gets none. Builds `franchisee_brands(franchisee, brand)`, empty
 * when the audit reads no payroll.
 */
export async function createFranchiseeBrands(
  connection: DuckDBConnection,
  datasets: readonly AuditDataset[],
  columns: Partial<Record<DatasetKind, string[]>>,
): Promise<void> {
  const sources: string[] = [];
  const parcels = columns.parcel_deliveries ?? [];
  if (columns.courier_payroll && parcels.includes('company') && parcels.includes('franchisee_id'))
    sources.push(
      `SELECT DISTINCT CAST(franchisee_id AS VARCHAR) AS franchisee, CAST(company AS VARCHAR) AS brand FROM parcel_deliveries`,
    );
  for (const d of datasets)
    if (d.manifest.kind === 'courier_payroll' && d.manifest.platform)
      sources.push(
        `SELECT DISTINCT CAST(franchisee_id AS VARCHAR) AS franchisee, ${sqlString(d.manifest.platform)} AS brand FROM (${datasetRowsSql([d])})`,
      );
  const rows = sources.length
    ? `SELECT franchisee, any_value(brand) AS brand FROM (${sources.join(' UNION ')})
       WHERE franchisee IS NOT NULL AND brand IS NOT NULL GROUP BY franchisee HAVING count(DISTINCT brand) = 1`
    : `SELECT CAST(NULL AS VARCHAR) AS franchisee, CAST(NULL AS VARCHAR) AS brand WHERE FALSE`;
  await connection.run(`CREATE OR REPLACE TABLE ${franchiseeBrandsTable} AS ${rows}`);
}

/**
 * The franchisees whose payroll an agreement that names platforms or districts binds (a statement names no brand
 * and no district); undefined when there is nothing to place (payroll is then not limited by brand or district).
 * With parcels read beside it: the franchisees of the parcels the agreement covers. Without, when the agreement
 * names platforms only and every payroll dataset was ingested for a platform: the franchisees of the payroll
 * ingested for the platforms it covers.
 */
export async function payrollFranchisees(
  connection: DuckDBConnection,
  agreement: Agreement,
  columns: Partial<Record<DatasetKind, string[]>>,
  datasets: readonly AuditDataset[],
): Promise<string[] | undefined> {
  const { platforms, districts } = agreementCoverageOf(agreement);
  const parcels = columns.parcel_deliveries;
  if (!columns.courier_payroll || platforms.length + districts.length === 0) return undefined;
  let sql: string;
  if (parcels)
    sql = `SELECT DISTINCT franchisee_id FROM parcel_deliveries WHERE ${coveredRowsSql(agreement, 'parcel_deliveries', parcels)} AND franchisee_id IS NOT NULL ORDER BY 1`;
  else if (
    payrollPlacedByBrand(
      datasets.map((d) => d.manifest),
      districts,
    )
  ) {
    // Every franchisee of the payroll ingested for a covered brand, also one another brand's payroll names.
    const covered = datasets.filter(
      (d) => d.manifest.kind === 'courier_payroll' && platforms.includes(d.manifest.platform!),
    );
    if (covered.length === 0) return [];
    sql = `SELECT DISTINCT CAST(franchisee_id AS VARCHAR) FROM (${datasetRowsSql(covered)}) WHERE franchisee_id IS NOT NULL ORDER BY 1`;
  } else return undefined;
  const reader = await connection.run(sql);
  return (await reader.getRowsJson()).map(([id]) => String(id));
}

/**
 * A row id that the rows an agreement covers hold under two platforms: ids are unique within a platform only
 * (data-model.md), and a finding is named by its row's id, so two such findings could not be told apart. Null
 * when ids are unique across the covered rows; not looked for when the datasets' manifests (`dataPlatforms`)
 * leave the agreement one platform or none.
 */
export async function idSharedByPlatforms(
  connection: DuckDBConnection,
  agreement: Agreement,
  kind: DatasetKind,
  columns: readonly string[],
  dataPlatforms: readonly string[],
): Promise<{ id: string; platforms: string[] } | null> {
  const named = agreementCoverageOf(agreement).platforms;
  const covered = named.length ? dataPlatforms.filter((p) => named.includes(p)) : dataPlatforms;
  const platform = ['platform', 'company'].find((c) => columns.includes(c));
  const id = canonicalDatasets[kind].columns.find((c) => c.key)?.name;
  if (new Set(covered).size < 2 || !platform || !id || !columns.includes(id)) return null;
  const reader = await connection.run(
    `SELECT CAST("${id}" AS VARCHAR) AS id, list(DISTINCT "${platform}" ORDER BY "${platform}") AS platforms
     FROM ${kind} WHERE ${coveredRowsSql(agreement, kind, columns)}
     GROUP BY 1 HAVING count(DISTINCT "${platform}") > 1 ORDER BY 1 LIMIT 1`,
  );
  const [row] = (await reader.getRowObjectsJson()) as { id: string; platforms: string[] }[];
  return row ?? null;
}

/**
 * A row that two datasets of one kind both hold (the same natural key: an order of a platform, a payroll line of
 * a franchisee, courier and period, an alert; a ride of a driver's own export by its driver and row number, as
 * `datasetRowsSql` names it): read as one view, such datasets (an export uploaded twice in two formats, weekly
 * exports that overlap) would count the row twice and give two findings of one key. Null when the kind's
 * datasets share no row the agreement covers.
 */
export async function rowInTwoDatasets(
  connection: DuckDBConnection,
  agreement: Agreement,
  kind: DatasetKind,
  datasets: readonly AuditDataset[],
): Promise<{ key: string; files: string[] } | null> {
  const ofKind = datasets.filter((d) => d.manifest.kind === kind);
  if (ofKind.length < 2) return null;
  const columns = [...new Set(ofKind.flatMap((d) => d.manifest.columns.map((c) => c.name)))];
  const key = naturalKeys[kind].filter((c) => columns.includes(c));
  if (key.length === 0) return null;
  const keySql = key.map((c) => `coalesce(CAST("${c}" AS VARCHAR), '')`).join(` || ' / ' || `);
  const reader = await connection.run(
    `SELECT ${keySql} AS key, list(DISTINCT filename ORDER BY filename) AS files
     FROM (${datasetRowsSql(ofKind, { filename: true })})
     WHERE ${coveredRowsSql(agreement, kind, columns)}
     GROUP BY ALL HAVING count(DISTINCT filename) > 1 ORDER BY 1 LIMIT 1`,
  );
  const [row] = (await reader.getRowObjectsJson()) as { key: string; files: string[] }[];
  if (!row) return null;
  // Named in the order the audit was given its datasets, by source file and dataset id.
  return {
    key: row.key,
    files: ofKind
      .filter((d) => row.files.includes(d.dataFile))
      .map((d) => `${d.manifest.source.fileName} (${d.manifest.datasetId.slice(0, 12)})`),
  };
}
