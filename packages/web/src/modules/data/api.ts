import type {
  DatasetDetail,
  DatasetIngestResult,
  DatasetKind,
  DatasetSummary,
  datasetFormats,
} from '@gigpact/contracts';
import { api } from '../../api/client';
import { downloadFile } from '../../api/files';
import { uploadWithProgress, type UploadProgress } from '../../api/upload-with-progress';

export type DatasetFormat = (typeof datasetFormats)[number];

export interface UploadOptions {
  kind?: DatasetKind;
  format?: DatasetFormat;
  encoding: string;
  platform?: string;
  policy: 'quarantine' | 'reject';
}

export interface CatalogueFilter {
  kind?: DatasetKind;
  platform?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export const datasetKeys = {
  all: ['datasets'] as const,
  list: (filter: CatalogueFilter) => ['datasets', 'list', filter] as const,
  detail: (id: string) => ['datasets', 'detail', id] as const,
};

export function uploadDataset(
  file: File,
  options: UploadOptions,
  csrfToken: string | undefined,
  onProgress: (p: UploadProgress) => void,
  signal: AbortSignal,
): Promise<DatasetIngestResult> {
  return uploadWithProgress<DatasetIngestResult>('/api/datasets', file, csrfToken, {
    query: {
      fileName: file.name,
      kind: options.kind,
      format: options.format,
      encoding: options.encoding,
      platform: options.platform?.trim() || undefined,
      policy: options.policy,
    },
    onProgress,
    signal,
  });
}

export function listDatasets(filter: CatalogueFilter): Promise<{ items: DatasetSummary[]; total: number }> {
  return api.request('/api/datasets', { query: { ...filter } });
}

export function getDataset(id: string): Promise<DatasetDetail> {
  return api.request(`/api/datasets/${encodeURIComponent(id)}`);
}

export function downloadRejected(id: string): Promise<void> {
  return downloadFile(
    `/api/datasets/${encodeURIComponent(id)}/rejected.csv`,
    `rejected-${id.slice(0, 12)}.csv`,
  );
}
