import { readdir, rename, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { regionTree, type DatasetKind } from '@gigpact/contracts';
import { isAlive, sqlIdent, sqlString } from '@gigpact/datasets';
import { districtSpellings, rowKeyColumnsOf, type ClauseStatus } from '@gigpact/rules';
import { brandOfFranchiseeSql, ensureFranchiseeBrands } from './franchisee-brands';
import { dimensions, placedDimensions, type Dimension, type DimensionColumns } from './placed-dimensions';

/** Where each kind keeps the finding's dimensions; a column the data lacks reads as NULL. */
export const dimensionColumns: Record<DatasetKind, DimensionColumns> = {
  delivery_orders: {
    platform: 'platform',
    franchisee: 'partner_id',
    worker: 'rider_id',
    time: 'accepted_at',
  },
  parcel_deliveries: {
    platform: 'company',
    franchisee: 'franchisee_id',
    worker: 'courier_id',
    time: 'delivered_at',
  },
  // A statement names no brand: its franchisee's, where the audit knows it (`platformSqlOf`).
  courier_payroll: { franchisee: 'franchisee_id', worker: 'courier_id', time: 'due_date', month: 'period' },
  ride_trips: { platform: 'platform', worker: 'driver_id', time: 'pickup_at' },
  freight_orders: { platform: 'platform', worker: 'driver_id', time: 'completed_at' },
  weather_alerts: { time: 'starts_at' },
  workers: { platform: 'platform', worker: 'worker_id' },
};

/**
 * SQL for the platform of a row of `kind` (its column as text), given the columns its data has: for payroll, which
 * names no brand, its franchisee's brand where the audit knows it (`createFranchiseeBrands`). Null where the data
 * cannot say.
 */
export function platformSqlOf(kind: DatasetKind, columns: ReadonlySet<string>): string | null {
  const { platform, franchisee } = dimensionColumns[kind];
  if (platform) return columns.has(platform) ? `CAST(${sqlIdent(platform)} AS VARCHAR)` : null;
  if (kind === 'courier_payroll' && franchisee && columns.has(franchisee))
    return brandOfFranchiseeSql(sqlIdent(franchisee));
  return null;
}

/**
 * A row's id in findings' evidence (as the compiler names rows): the values of the kind's key columns
 * (`rowKeyColumnsOf`) joined with `|`, read from the audit's view of the kind — where a driver's own export read
 * beside other datasets has its ids already prefixed with its platform and driver (`datasetRowsSql`).
 */
export function rowIdSql(kind: DatasetKind): string {
  return rowKeyColumnsOf(kind)
    .map((c) => `CAST(${sqlIdent(c)} AS VARCHAR)`)
    .join(` || '|' || `);
}

/**
 * District names as platforms write them (every spelling of `districtSpellings`: 青浦区, 青浦, Qingpu, 310118, 浦东,
 * pudong), lower-cased, → the district's code: one row per name, so a district matches once whatever its case.
 * Ingest stores the Chinese name; the other spellings serve datasets stored before it did.
 */
function districtNamesSql(): string {
  const rows = regionTree.districts.flatMap((d) =>
    districtSpellings(d.code).map((name) => `(${sqlString(name)}, ${sqlString(d.code)})`),
  );
  return `CREATE OR REPLACE TABLE district_names AS SELECT DISTINCT lower(name) AS name, code FROM (VALUES ${rows.join(', ')}) t(name, code)`;
}

/** How the rule library words a rule that holds the partner liable for dedicated riders (`fd.min_hourly_pay`). */
const partnerOfDedicatedRiders = 'platform (partner for dedicated riders)';

/**
 * Builds `finding_rows`: every finding with its rule, liable party and dimensions (platform, district code,
 * franchisee or partner, worker pseudonym, day and month), read from the finding's first evidence row in the
 * dataset, blank where the finding's group does not settle them (`placedDimensions`: a platform's month has no
 * worker) — but for the franchisee or partner, shown when every row of the group names the same one (a
 * dedicated rider's day under one partner). The liable party is the rule's, with `partner` or `platform` in place
 * of "platform (partner for dedicated riders)" as the finding's rows say. `districts` lists the districts of all its evidence rows: a district officer sees the findings of work
 * done in their district, a rider's day in two districts in both.
 */
export async function buildFindingRows(
  connection: DuckDBConnection,
  clauses: readonly ClauseStatus[],
  datasetColumns: Partial<Record<DatasetKind, readonly string[]>>,
): Promise<void> {
  await connection.run(districtNamesSql());
  await ensureFranchiseeBrands(connection);
  await connection.run(`CREATE OR REPLACE TABLE finding_rows (key VARCHAR, clause_id VARCHAR, finding_key VARCHAR,
    rule VARCHAR, liable VARCHAR, dataset VARCHAR, evidence VARCHAR[], amount DECIMAL(38, 10), computed VARCHAR,
    platform VARCHAR, district VARCHAR, franchisee VARCHAR, worker VARCHAR, day DATE, month VARCHAR,
    districts VARCHAR[])`);
  for (const kind of Object.keys(datasetColumns) as DatasetKind[]) {
    const applicable = clauses.filter(
      (c): c is Extract<ClauseStatus, { status: 'applicable' }> =>
        c.status === 'applicable' && c.dataset === kind,
    );
    if (applicable.length === 0) continue;
    const available = new Set(datasetColumns[kind]);
    const dims = dimensionColumns[kind];
    const column = (name: string | undefined) =>
      name && available.has(name) ? `CAST(${sqlIdent(name)} AS VARCHAR)` : 'NULL';
    const time = dims.time && available.has(dims.time) ? sqlIdent(dims.time) : 'NULL';
    const month =
      dims.month && available.has(dims.month)
        ? sqlIdent(dims.month)
        : `strftime(CAST(${time} AS DATE), '%Y-%m')`;
    const district = available.has('district') ? 'district' : 'NULL';
    const meta = applicable
      .map((c) => {
        const placed = placedDimensions(c.plan, dims);
        const flags = dimensions.map((d) => (placed.has(d) ? 'TRUE' : 'FALSE'));
        return `(${[sqlString(c.clauseId), sqlString(c.ruleId), sqlString(c.plan.rule.liable), ...flags].join(', ')})`;
      })
      .join(', ');
    const shown = (d: Dimension) => `CASE WHEN meta.has_${d} THEN d.${d} END`;
    await connection.run(`INSERT INTO finding_rows
      WITH meta(clause_id, rule, liable, ${dimensions.map((d) => `has_${d}`).join(', ')}) AS (VALUES ${meta}),
      ours AS (SELECT * FROM findings WHERE clause_id IN (SELECT clause_id FROM meta)),
      dims AS (
        SELECT rid, any_value(platform) AS platform, any_value(coalesce(n.code, s.district)) AS district,
          any_value(franchisee) AS franchisee, any_value(worker) AS worker, any_value(day) AS day,
          any_value(month) AS month, any_value(dedicated) AS dedicated
        FROM (SELECT ${rowIdSql(kind)} AS rid, ${platformSqlOf(kind, available) ?? 'NULL'} AS platform,
                CAST(${district} AS VARCHAR) AS district, ${column(dims.franchisee)} AS franchisee,
                ${column(dims.worker)} AS worker, CAST(${time} AS DATE) AS day, CAST(${month} AS VARCHAR) AS month,
                ${available.has('rider_type') ? `rider_type = 'dedicated'` : 'NULL'} AS dedicated
              FROM ${kind}) s
          LEFT JOIN district_names n ON n.name = lower(trim(s.district))
        WHERE rid IN (SELECT unnest(evidence) FROM ours)
        GROUP BY rid),
      places AS (
        SELECT clause_id, finding_key, list_sort(list_distinct(list(d.district))) AS districts,
          -- The franchisee or partner every row names (none when a row names none or two rows differ), and
          -- whether every row is a dedicated rider's.
          CASE WHEN count(*) = count(d.franchisee) AND count(DISTINCT d.franchisee) = 1 THEN any_value(d.franchisee)
          END AS franchisee,
          coalesce(bool_and(d.dedicated), FALSE) AS dedicated
        FROM (SELECT clause_id, finding_key, unnest(evidence) AS rid FROM ours WHERE len(evidence) > 1) e
          JOIN dims d USING (rid)
        GROUP BY clause_id, finding_key),
      placed AS (
        SELECT f.*, meta.rule, meta.liable AS rule_liable, p.districts AS group_districts, d.district AS row_district,
          ${dimensions.map((dim) => `${shown(dim)} AS ${dim}`).join(', ')},
          CASE WHEN len(f.evidence) > 1 THEN p.franchisee ELSE d.franchisee END AS rows_franchisee,
          CASE WHEN len(f.evidence) > 1 THEN p.dedicated ELSE coalesce(d.dedicated, FALSE) END AS dedicated
        FROM ours f JOIN meta USING (clause_id)
          LEFT JOIN dims d ON d.rid = f.evidence[1]
          LEFT JOIN places p USING (clause_id, finding_key))
      SELECT clause_id || ':' || finding_key, clause_id, finding_key, rule,
        -- A rule that holds the partner liable for dedicated riders names the party of the finding: the partner
        -- when its rows are all a dedicated rider's with one partner, else the platform.
        CASE WHEN rule_liable = ${sqlString(partnerOfDedicatedRiders)}
          THEN CASE WHEN dedicated AND rows_franchisee IS NOT NULL THEN 'partner' ELSE 'platform' END
          ELSE rule_liable END,
        ${sqlString(kind)}, evidence, amount, computed,
        ${dimensions.map((dim) => (dim === 'franchisee' ? 'coalesce(franchisee, rows_franchisee)' : dim)).join(', ')},
        CASE WHEN len(evidence) > 1 THEN coalesce(group_districts, []::VARCHAR[])
          WHEN row_district IS NULL THEN []::VARCHAR[] ELSE [row_district] END
      FROM placed`);
  }
}

/**
 * Writes `finding_rows` as the run's Parquet file, atomically: a reader sees the old file or the whole new one,
 * never a part.
 */
export async function writeFindingsParquet(connection: DuckDBConnection, file: string): Promise<number> {
  await mkdir(path.dirname(file), { recursive: true });
  await removeAbandonedPartials(file);
  const partial = `${file}.partial-${process.pid}`;
  try {
    await connection.run(
      `COPY (SELECT * FROM finding_rows ORDER BY clause_id, finding_key) TO ${sqlString(partial)} (FORMAT parquet, COMPRESSION zstd)`,
    );
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  const reader = await connection.run(`SELECT count(*)::BIGINT AS n FROM finding_rows`);
  const [row] = (await reader.getRowObjectsJson()) as { n: string | number }[];
  return Number(row?.n ?? 0);
}

/** Removes the part-written files of the run left by a process that was killed while writing them. */
async function removeAbandonedPartials(file: string): Promise<void> {
  const prefix = `${path.basename(file)}.partial-`;
  for (const name of await readdir(path.dirname(file))) {
    const pid = Number(name.slice(prefix.length));
    if (name.startsWith(prefix) && Number.isInteger(pid) && pid > 0 && !isAlive(pid))
      await rm(path.join(path.dirname(file), name), { force: true });
  }
}
