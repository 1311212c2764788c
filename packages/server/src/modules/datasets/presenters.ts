import {
  canonicalDatasets,
  unregisteredPlatformsOf,
  type DatasetDetail,
  type DatasetIngestResult,
  type DatasetSummary,
} from '@gigpact/contracts';
import { maskedIssue, type IngestIssue, type IngestResult } from '@gigpact/datasets';
import type { DatasetListed } from './datasets.repository';

/** How many errors an ingest result lists in full; the rest are counted (all are kept in the rejected rows). */
export const listedErrorLimit = 1000;

/**
 * An ingest's outcome as `gigpact ingest --json` prints it and the upload API returns it: errors complete or,
 * past 1,000, the first 1,000 and a count of the others.
 */
export function presentIngestResult(result: IngestResult, withManifest = false): DatasetIngestResult {
  return {
    dataset_id: result.datasetId,
    kind: result.kind,
    rows_accepted: result.rowsAccepted,
    ...(result.rowsHeldBack ? { rows_held_back: result.rowsHeldBack } : {}),
    rows_rejected: result.rowsRejected,
    rows_skipped: result.rowsSkipped,
    reused: result.reused,
    errors: result.errors
      .slice(0, listedErrorLimit)
      .map((issue) => presentIssue(issue, result.manifest?.source.fileName ?? '')),
    ...(result.errorCount > listedErrorLimit ? { errors_omitted: result.errorCount - listedErrorLimit } : {}),
    ...(withManifest ? { manifest: result.manifest as Record<string, unknown> | null } : {}),
  };
}

/**
 * One error, naming the file it is in (`file` for errors stored before they named it). Every phone or ID-card
 * number in what it quotes is masked (`maskedIssue`, as the ingest masks its errors): whoever may read a dataset
 * sees its errors, and a dataset stored before errors were masked may hold one in its `errors.json`.
 */
function presentIssue(issue: IngestIssue, file: string) {
  const { file: named, line, column, value, code, message } = maskedIssue(issue);
  return { file: named ?? file, line, column, value, code, message };
}

export function presentDataset({ dataset, createdByName }: DatasetListed): DatasetSummary {
  const spec = canonicalDatasets[dataset.kind];
  return {
    id: dataset.id,
    kind: dataset.kind,
    kindName: { zh: spec.zh, en: spec.en },
    format: dataset.format,
    sourceFileName: dataset.sourceFileName,
    platform: dataset.platform,
    platforms: dataset.manifest.platforms,
    periodStart: dataset.periodStart,
    periodEnd: dataset.periodEnd,
    rowsAccepted: dataset.rowsAccepted,
    rowsRejected: dataset.rowsRejected,
    rowsSkipped: dataset.rowsSkipped,
    policy: dataset.manifest.policy,
    createdBy: createdByName ?? dataset.manifest.createdBy,
    createdAt: dataset.createdAt.toISOString(),
  };
}

export function presentDatasetDetail(
  listed: DatasetListed,
  stored: { errors: IngestIssue[]; errorCount: number },
  mayDownloadRejected: boolean,
  registered: readonly string[],
): DatasetDetail {
  const { manifest } = listed.dataset;
  return {
    ...presentDataset(listed),
    encoding: manifest.source.encoding,
    bytes: manifest.source.bytes,
    timeZone: manifest.timeZone,
    currency: manifest.currency,
    columns: manifest.columns,
    ignoredColumns: manifest.ignoredColumns,
    pseudonymised: manifest.pseudonymised,
    districtsRenamed: manifest.districtsRenamed ?? 0,
    unregisteredPlatforms: unregisteredPlatformsOf(
      [listed.dataset.platform ?? [], manifest.platforms].flat(),
      registered,
    ),
    dataModelVersion: listed.dataset.dataModelVersion,
    errors: stored.errors.map((issue) => presentIssue(issue, manifest.source.fileName)),
    errorCount: stored.errorCount,
    mayDownloadRejected,
  };
}
