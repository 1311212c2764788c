import type {
  AgreementSummary,
  AuditClausesView,
  AuditRunView,
  StartedAuditRunView,
  CaseFromFindingsInput,
  DatasetSummary,
  FindingDetail,
  FindingQuery,
  FindingTransitionInput,
  FindingView,
  RunFindingView,
  StartAuditRunInput,
} from '@gigpact/contracts';
import { api } from '../../api/client';
import { downloadFile } from '../../api/files';

export type FindingFilters = Partial<FindingQuery> & { page: number; pageSize: number };

/** The filters of the findings across runs; `state` is comma-separated states or `open`. */
export type AcrossRunsFilters = Omit<FindingFilters, 'state' | 'worker'> & {
  state?: string;
  agreementId?: string;
};

export const auditKeys = {
  all: ['audits'] as const,
  runs: (page: number) => ['audits', 'runs', page] as const,
  run: (id: string) => ['audits', 'run', id] as const,
  clauses: (id: string) => ['audits', 'run', id, 'clauses'] as const,
  metrics: (id: string) => ['audits', 'run', id, 'metrics'] as const,
  findings: (id: string, filters: FindingFilters) => ['audits', 'run', id, 'findings', filters] as const,
  finding: (runId: string, key: string) => ['audits', 'finding', runId, key] as const,
  acrossRuns: (filters: AcrossRunsFilters) => ['audits', 'findings', filters] as const,
  choices: ['audits', 'choices'] as const,
};

const runPath = (id: string) => `/api/audits/runs/${encodeURIComponent(id)}`;
const findingPath = (runId: string, key: string) =>
  `/api/audits/findings/${encodeURIComponent(runId)}/${encodeURIComponent(key)}`;
const defined = (query: object) =>
  Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== '')) as Record<
    string,
    string | number
  >;

export const listRuns = (page: number): Promise<{ items: AuditRunView[]; total: number }> =>
  api.request('/api/audits/runs', { query: { page, pageSize: 20 } });
export const getRun = (id: string): Promise<AuditRunView> => api.request(runPath(id));
export const startRun = (body: StartAuditRunInput): Promise<StartedAuditRunView> =>
  api.request('/api/audits/runs', { method: 'POST', body });
export const cancelRun = (id: string): Promise<AuditRunView> =>
  api.request(`${runPath(id)}/cancel`, { method: 'POST', body: {} });
export const getClauses = (id: string): Promise<AuditClausesView> => api.request(`${runPath(id)}/clauses`);
export const getMetrics = (
  id: string,
): Promise<{ tables: Record<string, Record<string, string | number | null>[]> }> =>
  api.request(`${runPath(id)}/metrics`);
export const listFindings = (
  id: string,
  filters: FindingFilters,
): Promise<{ items: FindingView[]; total: number }> =>
  api.request(`${runPath(id)}/findings`, { query: defined(filters) });
export const listFindingsAcrossRuns = (
  filters: AcrossRunsFilters,
): Promise<{ items: RunFindingView[]; total: number }> =>
  api.request('/api/audits/findings', { query: defined(filters) });
export const getFinding = (runId: string, key: string): Promise<FindingDetail> =>
  api.request(findingPath(runId, key));
export const transition = (runId: string, key: string, body: FindingTransitionInput): Promise<FindingView> =>
  api.request(`${findingPath(runId, key)}/transitions`, { method: 'POST', body });
export const openCase = (
  runId: string,
  body: CaseFromFindingsInput,
): Promise<{ caseId: string; number: string }> =>
  api.request(`${runPath(runId)}/cases`, { method: 'POST', body });

export function exportFindings(
  id: string,
  filters: FindingFilters,
  format: 'csv' | 'xlsx' | 'parquet',
): Promise<void> {
  const { page: _page, pageSize: _size, ...rest } = filters;
  return downloadFile(`${runPath(id)}/findings/export`, `findings-${id.slice(0, 8)}.${format}`, {
    ...defined(rest),
    format,
  });
}

/** What a run can be started on: the agreements and the catalogued datasets. */
export async function runChoices(): Promise<{ agreements: AgreementSummary[]; datasets: DatasetSummary[] }> {
  const [agreements, datasets] = await Promise.all([
    api.request<{ items: AgreementSummary[] }>('/api/agreements'),
    api.request<{ items: DatasetSummary[] }>('/api/datasets', { query: { pageSize: 200 } }),
  ]);
  return { agreements: agreements.items, datasets: datasets.items };
}
