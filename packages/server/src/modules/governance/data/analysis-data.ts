import { cityTimeZone, type DataNotice, type DatasetKind } from '@gigpact/contracts';
import { and, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../../platform/db/client';
import { extentOf } from '../../audits/engine/data-notices';
import { loadAuditDatasets } from '../../audits/engine/load-datasets';
import { supersededNotice, supersedeRepeatedRows } from '../../audits/engine/superseded-rows';
import { createDatasetViews } from '../../audits/engine/views';
import { datasets } from '../../datasets/schema';
import { openDuck, type Duck } from '../stats/duck';
import { deriveAlertLevels } from './weather-levels';

export interface AnalysisData {
  duck: Duck;
  /** Columns each loaded kind offers. */
  columns: Partial<Record<DatasetKind, string[]>>;
  datasetIds: string[];
  /** Rows that a later dataset holds again, read from it alone (`supersedeRepeatedRows`), in words. */
  notices: DataNotice[];
}

/** The currency of the city's agreements: every money threshold of an agreement is in it. */
export const cityCurrency = 'CNY';

/**
 * Datasets of the city: recorded in its time zone and its currency, as ingest writes them in the manifest. Data of
 * another city (the NYC and Chicago ride exports: America/New_York or America/Chicago, USD) is left out of the
 * city's analyses, so that no trip joins a control arm or a scorecard and no dollar meets a yuan threshold.
 */
export const ofTheCity = and(
  sql`${datasets.manifest}->>'currency' = ${cityCurrency}`,
  sql`${datasets.manifest}->>'timeZone' = ${cityTimeZone}`,
);

/** The catalogue's datasets of the city of the given kinds (ids in a stable order), for analyses over all of them. */
export async function catalogueDatasetIds(db: Database, kinds: readonly DatasetKind[]): Promise<string[]> {
  return (await catalogueDatasets(db, kinds)).map((d) => d.id);
}

/** A catalogued dataset as the analyses place it: its kind and the platforms whose rows it holds. */
export interface CatalogueDataset {
  id: string;
  kind: DatasetKind;
  platforms: readonly string[];
}

/** The catalogue's datasets of the city of the given kinds, in the order of their ids. */
export async function catalogueDatasets(
  db: Database,
  kinds: readonly DatasetKind[],
): Promise<CatalogueDataset[]> {
  if (kinds.length === 0) return [];
  const rows = await db
    .select({ id: datasets.id, kind: datasets.kind, manifest: datasets.manifest })
    .from(datasets)
    .where(and(inArray(datasets.kind, [...kinds]), ofTheCity));
  return rows
    .map((r) => ({ id: r.id, kind: r.kind, platforms: extentOf(r.manifest).platforms }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * DuckDB views over the stored Parquet of every catalogued dataset of the city of the given kinds (one view per kind, as
 * an audit reads them, each row once: where two uploads hold the same row, the later one's; orders without alert
 * levels take them from the weather alerts). The caller closes `duck`.
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
    const viewColumns = await createDatasetViews(duck.connection, loaded);
    const superseded = await supersedeRepeatedRows(duck.connection, loaded);
    const columns = await deriveAlertLevels(duck.connection, viewColumns);
    return { duck, columns, datasetIds, notices: superseded.map(supersededNotice) };
  } catch (error) {
    duck.close();
    throw error;
  }
}
