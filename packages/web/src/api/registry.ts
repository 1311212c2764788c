import type {
  CoverageDimension,
  CoverageRow,
  EnterpriseKind,
  EnterpriseSummary,
  ImportKind,
  ImportReport,
  Industry,
  OrganisationNode,
  PlatformNamesView,
  PlatformSummary,
  UnionStatus,
} from '@gigpact/contracts';
import { api } from './client';
import { downloadFile, uploadFile } from './files';

export type { CoverageRow, EnterpriseSummary, ImportReport, OrganisationNode, PlatformSummary };

export interface OrganisationDetail extends OrganisationNode {
  contactName: string | null;
  contactPhone: string | null;
}

export interface EnterpriseFilters {
  q?: string;
  kind?: EnterpriseKind;
  platform?: string;
  industry?: Industry;
  district?: string;
  street?: string;
  unionStatus?: UnionStatus;
  sort?: 'name' | 'workers' | 'district' | 'unionStatus';
  order?: 'asc' | 'desc';
}

export interface EnterpriseChange {
  version: number;
  name?: string;
  creditCode?: string | null;
  street?: string | null;
  unionStatus?: UnionStatus;
  unionFoundedOn?: string | null;
  workers?: number;
}

export interface CoverageReport {
  month: string;
  by: CoverageDimension;
  rows: CoverageRow[];
  total: CoverageRow;
}

export interface CoverageTrendPoint {
  month: string;
  members: number;
  /** Null where the platforms report no workforce: a street, or a street officer's area. */
  workers: number | null;
  enterprises: number;
  enterprisesWithUnion: number;
  platformsWithUnion: number;
  foundingRate: number | null;
  membershipRate: number | null;
}

export interface DistrictMap {
  tiles: { code: string; column: number; row: number }[];
  geoJson: unknown;
}

export interface MemberRow {
  workerId: string;
  platformCode: string | null;
  organisation: string;
  district: string;
  districtName: { zh: string; en: string };
  street: string | null;
  streetName: string | null;
  joinedOn: string;
}

export const listPlatforms = () =>
  api.request<{ items: PlatformSummary[] }>('/api/registry/platforms').then((r) => r.items);

/** The platforms' names (public: the public pages show them too). */
export const listPlatformNames = () => api.request<PlatformNamesView>('/api/public/platform-names');

export const fetchPlatform = (code: string) =>
  api.request<PlatformSummary>(`/api/registry/platforms/${encodeURIComponent(code)}`);

export function listEnterprises(
  query: EnterpriseFilters & { page: number; pageSize: number },
): Promise<{ items: EnterpriseSummary[]; total: number }> {
  return api.request('/api/registry/enterprises', { query: { ...query } });
}

export const fetchEnterprise = (id: string) =>
  api.request<EnterpriseSummary>(`/api/registry/enterprises/${encodeURIComponent(id)}`);

export function changeEnterprise(id: string, change: EnterpriseChange): Promise<EnterpriseSummary> {
  return api.request(`/api/registry/enterprises/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: change,
  });
}

export function exportEnterprises(filters: EnterpriseFilters, format: 'csv' | 'xlsx'): Promise<void> {
  return downloadFile('/api/registry/enterprises/export', `enterprises.${format}`, { ...filters, format });
}

export const listOrganisations = (parent?: string) =>
  api
    .request<{ items: OrganisationNode[] }>('/api/registry/organisations', { query: { parent } })
    .then((r) => r.items);

export const fetchOrganisation = (id: string) =>
  api.request<OrganisationDetail>(`/api/registry/organisations/${encodeURIComponent(id)}`);

export function fetchCoverage(query: {
  by: CoverageDimension;
  month?: string;
  district?: string;
  industry?: Industry;
}): Promise<CoverageReport> {
  return api.request('/api/registry/coverage', { query: { ...query } });
}

export function fetchCoverageTrend(query: {
  months: number;
  district?: string;
  industry?: Industry;
}): Promise<{ points: CoverageTrendPoint[] }> {
  return api.request('/api/registry/coverage/trend', { query: { ...query } });
}

export const fetchDistrictMap = () => api.request<DistrictMap>('/api/registry/map');

export function listMembers(query: {
  page: number;
  pageSize: number;
  district?: string;
}): Promise<{ items: MemberRow[]; total: number }> {
  return api.request('/api/registry/members', { query: { ...query } });
}

/** Checks (dryRun) or imports a list; the server writes all rows or none and reports every rejected cell. */
export function importList(
  kind: ImportKind,
  file: File,
  dryRun: boolean,
  csrfToken: string | undefined,
): Promise<ImportReport> {
  return uploadFile<ImportReport>(`/api/registry/imports/${kind}`, file, csrfToken, {
    fileName: file.name,
    dryRun: String(dryRun),
  });
}
