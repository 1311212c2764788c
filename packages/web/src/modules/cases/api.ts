import type { z } from 'zod';
import type {
  CaseDetail,
  CaseQuery,
  CaseSummary,
  DeadlineView,
  LetterKind,
  LetterView,
  OutcomeKind,
  campaignInput,
  campaignTargetView,
  campaignView,
  caseStatistics,
  complaintFormOptions,
  hotlineCaseInput,
  inspectionInput,
  notificationView,
  outcomeInput,
  CaseStatus,
  CampaignResult,
} from '@gigpact/contracts';
import { api } from '../../api/client';

export type CaseFilters = Partial<Omit<CaseQuery, 'page' | 'pageSize'>>;
export type CaseListQuery = CaseFilters & { page: number; pageSize: number };
export type Notification = z.infer<typeof notificationView>;
export type OverdueDeadline = DeadlineView & {
  caseId: string;
  caseNumber: string;
  caseTitle: string;
  office: string;
};
export type LetterRow = LetterView & { caseNumber: string };
export type Campaign = z.infer<typeof campaignView>;
export type CampaignTarget = z.infer<typeof campaignTargetView>;
export type CampaignInput = z.input<typeof campaignInput>;
export type InspectionInput = z.input<typeof inspectionInput>;
export type HotlineInput = z.input<typeof hotlineCaseInput>;
export type OutcomeInput = z.input<typeof outcomeInput> & { kind: OutcomeKind };
export type FormOptions = z.infer<typeof complaintFormOptions>;
export type CaseStatistics = z.infer<typeof caseStatistics>;
export interface Created {
  id: string;
  number: string;
  version: number;
}

/** Query keys: everything about cases starts with `cases`, so one invalidation refreshes every list. */
export const caseKeys = {
  all: ['cases'] as const,
  list: (query: CaseListQuery) => ['cases', 'list', query] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  notifications: ['cases', 'notifications'] as const,
  overdue: ['cases', 'overdue'] as const,
  stats: ['cases', 'stats'] as const,
  formOptions: ['cases', 'form-options'] as const,
  letters: (query: object) => ['cases', 'letters', query] as const,
  campaigns: ['cases', 'campaigns'] as const,
  campaign: (id: string) => ['cases', 'campaigns', id] as const,
  targets: (id: string, query: object) => ['cases', 'campaigns', id, 'targets', query] as const,
};

const casePath = (id: string) => `/api/cases/${encodeURIComponent(id)}`;

export function listCases(query: CaseListQuery): Promise<{ items: CaseSummary[]; total: number }> {
  return api.request('/api/cases', { query });
}

export function getCase(id: string): Promise<CaseDetail> {
  return api.request(casePath(id));
}

export function fetchStats(): Promise<CaseStatistics> {
  return api.request('/api/cases/stats');
}

export function fetchFormOptions(): Promise<FormOptions> {
  return api.request('/api/cases/form-options');
}

export function fetchNotifications(): Promise<{ items: Notification[] }> {
  return api.request('/api/cases/notifications');
}

export function fetchOverdue(): Promise<{ items: OverdueDeadline[] }> {
  return api.request('/api/cases/overdue');
}

export function enterHotlineCase(body: HotlineInput): Promise<Created> {
  return api.request('/api/cases/hotline', { method: 'POST', body });
}

export function moveCase(
  id: string,
  body: { to: CaseStatus; version: number; note: string | null },
): Promise<CaseDetail> {
  return api.request(`${casePath(id)}/transitions`, { method: 'POST', body });
}

export function assignCase(
  id: string,
  body: { office: string; version: number; note: string | null },
): Promise<CaseDetail> {
  return api.request(`${casePath(id)}/assignment`, { method: 'POST', body });
}

export function referCase(
  id: string,
  body: { procuratorateDistrict: string; version: number; note: string },
): Promise<CaseDetail> {
  return api.request(`${casePath(id)}/referral`, { method: 'POST', body });
}

export function recordOutcome(id: string, body: OutcomeInput): Promise<CaseDetail> {
  return api.request(`${casePath(id)}/outcomes`, { method: 'POST', body });
}

export function issueLetter(
  id: string,
  body: {
    kind: LetterKind;
    recipient: string;
    facts: string;
    requests: string;
    responseWorkingDays: number | null;
  },
): Promise<LetterView> {
  return api.request(`${casePath(id)}/letters`, { method: 'POST', body });
}

export function listLetters(query: {
  page: number;
  pageSize: number;
  kind?: LetterKind;
  overdue?: 'true';
}): Promise<{ items: LetterRow[]; total: number }> {
  return api.request('/api/supervision/letters', { query });
}

export function recordLetterResponse(
  id: string,
  body: { respondedOn: string; response: string },
): Promise<LetterView> {
  return api.request(`/api/supervision/letters/${encodeURIComponent(id)}/response`, {
    method: 'POST',
    body,
  });
}

export const letterDocumentPath = (id: string) =>
  `/api/supervision/letters/${encodeURIComponent(id)}/document`;

export const attachmentPath = (caseId: string, attachmentId: string) =>
  `${casePath(caseId)}/attachments/${encodeURIComponent(attachmentId)}`;

export const attachmentUploadPath = (caseId: string) => `${casePath(caseId)}/attachments`;

export function listCampaigns(): Promise<{ items: Campaign[] }> {
  return api.request('/api/supervision/campaigns');
}

export function getCampaign(id: string): Promise<Campaign> {
  return api.request(`/api/supervision/campaigns/${encodeURIComponent(id)}`);
}

export function startCampaign(body: CampaignInput): Promise<Campaign> {
  return api.request('/api/supervision/campaigns', { method: 'POST', body });
}

export function listTargets(
  id: string,
  query: { page: number; pageSize: number; result?: CampaignResult },
): Promise<{ items: CampaignTarget[]; total: number }> {
  return api.request(`/api/supervision/campaigns/${encodeURIComponent(id)}/targets`, { query });
}

export function recordInspection(
  id: string,
  targetId: string,
  body: InspectionInput,
): Promise<CampaignTarget> {
  return api.request(
    `/api/supervision/campaigns/${encodeURIComponent(id)}/targets/${encodeURIComponent(targetId)}`,
    { method: 'PUT', body },
  );
}

export const campaignReportPath = (id: string) =>
  `/api/supervision/campaigns/${encodeURIComponent(id)}/report`;
