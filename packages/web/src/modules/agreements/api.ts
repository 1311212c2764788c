import type {
  AgreementCheckResult,
  AgreementDetail,
  AgreementDiff,
  AgreementStatusName,
  AgreementSummary,
  AgreementVersionSummary,
  Industry,
  LibraryRule,
  PublicAgreementDetail,
} from '@gigpact/contracts';
import { api } from '../../api/client';

/** A rule of the standard library, each parameter with its allowed range and its default by date. */
export type { LibraryRule, LibraryRuleParam } from '@gigpact/contracts';

export const agreementKeys = {
  all: ['agreements'] as const,
  list: (industry?: Industry) => ['agreements', 'list', industry ?? 'all'] as const,
  detail: (id: string, version?: number) => ['agreements', 'detail', id, version ?? 'current'] as const,
  versions: (id: string) => ['agreements', 'versions', id] as const,
  diff: (id: string, from: number, to: number) => ['agreements', 'diff', id, from, to] as const,
  rules: ['rules'] as const,
  /** The agreements in force, as the public (and a worker's own page) lists them. */
  publicList: ['public', 'agreements'] as const,
};

export function listAgreements(industry?: Industry): Promise<{ items: AgreementSummary[] }> {
  return api.request('/api/agreements', { query: { industry } });
}

export function getAgreement(id: string, version?: number): Promise<AgreementDetail> {
  return api.request(`/api/agreements/${encodeURIComponent(id)}`, { query: { version } });
}

export function listVersions(id: string): Promise<{ items: AgreementVersionSummary[] }> {
  return api.request(`/api/agreements/${encodeURIComponent(id)}/versions`);
}

export function diffVersions(id: string, from: number, to: number): Promise<AgreementDiff> {
  return api.request(`/api/agreements/${encodeURIComponent(id)}/diff`, { query: { from, to } });
}

export function saveAgreement(body: {
  source: string;
  summary: string;
  rowVersion?: number;
}): Promise<AgreementDetail> {
  return api.request('/api/agreements', { method: 'POST', body });
}

export function changeStatus(
  id: string,
  status: AgreementStatusName,
  rowVersion: number,
): Promise<AgreementSummary> {
  return api.request(`/api/agreements/${encodeURIComponent(id)}/status`, {
    method: 'POST',
    body: { status, rowVersion },
  });
}

export function listPublicAgreements(): Promise<{ items: AgreementSummary[] }> {
  return api.request('/api/public/agreements');
}

export function getPublicAgreement(id: string): Promise<PublicAgreementDetail> {
  return api.request(`/api/public/agreements/${encodeURIComponent(id)}`);
}

export function listRules(): Promise<{ items: LibraryRule[] }> {
  return api.request('/api/public/rules');
}

export function checkAgreement(source: string): Promise<AgreementCheckResult> {
  return api.request('/api/agreements/check', { method: 'POST', body: { source } });
}
