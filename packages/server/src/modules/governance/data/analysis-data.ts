import type { DatasetKind } from '@gigpact/contracts';
import { inArray } from 'drizzle-orm';
import type { Database } from '../../../platform/db/client';
import { loadAuditDatasets } from '../../audits/engine/load-datasets';
import { createDatasetViews } from '../../audits/engine/views';
import { datasets } from '../../datasets/schema';
import { openDuck, type Duck } from '../stats/duck';
import { deriveAlertLevels } from './weather-levels';

export interface AnalysisData {
  duck: Duck;
  /** Columns each loaded kind offers. */
  columns: Partial<Record<DatasetKind, string[]>>;
  datasetIds: string[];
}

/** The catalogue's datasets of the given kinds (ids in a stable order), for analyses over all stored data. */
export async function catalogueDatasetIds(db: Database, kinds: readonly DatasetKind[]): Promise<string[]> {
  if (kinds.length === 0) return [];
  const rows = await db
    .select({ id: datasets.id })
    .from(datasets)
    .where(inArray(datasets.kind, [...kinds]));
  return rows.map((r) => r.id).sort();
}

/**
 * DuckDB views over the stored Parquet of every catalogued dataset of the given kinds (one view per kind, as
 * an audit reads them; orders without alert levels take them from the weather alerts). The caller closes `duck`.
 */
export async function openAnalysisData(
  db: Database,
  dataDir: string,
  kinds: readonly DatasetKind[],
): Promise<AnalysisData> {
  const datasetIds = await catalogueDatasetIds(db, kinds);
  const loaded = await loadAuditDatasets(dataDir, datasetIds);
  const duck = await openDuck();
  try {
    const columns = await deriveAlertLevels(
      duck.connection,
      await createDatasetViews(duck.connection, loaded),
    );
    return { duck, columns, datasetIds };
  } catch (error) {
    duck.close();
    throw error;
  }
}
