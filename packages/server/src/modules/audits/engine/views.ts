import type { DuckDBConnection } from '@duckdb/node-api';
import { datasetKinds, type DatasetKind } from '@gigpact/contracts';
import type { DatasetManifest } from '@gigpact/datasets';

export interface AuditDataset {
  manifest: DatasetManifest;
  /** The dataset's accepted rows (Parquet). */
  dataFile: string;
}

const quoteText = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * One view per dataset kind over the Parquet files of that kind (several datasets of a kind are read as one, by
 * column name). Returns the columns each kind offers, for deciding which clauses apply.
 */
export async function createDatasetViews(
  connection: DuckDBConnection,
  datasets: readonly AuditDataset[],
): Promise<Partial<Record<DatasetKind, string[]>>> {
  const columns: Partial<Record<DatasetKind, string[]>> = {};
  for (const kind of datasetKinds) {
    const ofKind = datasets.filter((d) => d.manifest.kind === kind);
    if (ofKind.length === 0) continue;
    const files = ofKind.map((d) => quoteText(d.dataFile)).join(', ');
    await connection.run(
      `CREATE OR REPLACE VIEW ${kind} AS SELECT * FROM read_parquet([${files}], union_by_name = true)`,
    );
    columns[kind] = [...new Set(ofKind.flatMap((d) => d.manifest.columns.map((c) => c.name)))];
  }
  return columns;
}
