import type { z } from 'zod';
import type {
  MediationStatus,
  MediationView,
  centreMediatorInput,
  mediationCentreInput,
  mediationCentreView,
  mediationOutcomeInput,
  mediationRequestInput,
  sessionInput,
  smallClaimInput,
} from '@gigpact/contracts';
import { api } from '../../api/client';

export type Centre = z.infer<typeof mediationCentreView>;
export type CentreInput = z.input<typeof mediationCentreInput>;
export type MediatorInput = z.input<typeof centreMediatorInput>;
export type RequestInput = z.input<typeof mediationRequestInput>;
export type SessionInput = z.input<typeof sessionInput>;
export type OutcomeInput = z.input<typeof mediationOutcomeInput>;
export type SmallClaimInput = z.input<typeof smallClaimInput>;
export interface RequestQuery {
  page: number;
  pageSize: number;
  status?: MediationStatus;
  centreId?: string;
}

export const mediationKeys = {
  all: ['mediation'] as const,
  centres: ['mediation', 'centres'] as const,
  list: (query: RequestQuery) => ['mediation', 'list', query] as const,
  detail: (id: string) => ['mediation', 'detail', id] as const,
};

const requestPath = (id: string) => `/api/mediation/requests/${encodeURIComponent(id)}`;

export function listCentres(): Promise<{ items: Centre[] }> {
  return api.request('/api/mediation/centres');
}

export function openCentre(body: CentreInput): Promise<Centre> {
  return api.request('/api/mediation/centres', { method: 'POST', body });
}

export function seatMediator(centreId: string, body: MediatorInput): Promise<Centre> {
  return api.request(`/api/mediation/centres/${encodeURIComponent(centreId)}/mediators`, {
    method: 'POST',
    body,
  });
}

export function listRequests(query: RequestQuery): Promise<{ items: MediationView[]; total: number }> {
  return api.request('/api/mediation/requests', { query: { ...query } });
}

export function getRequest(id: string): Promise<MediationView> {
  return api.request(requestPath(id));
}

export function openRequest(body: RequestInput): Promise<MediationView> {
  return api.request('/api/mediation/requests', { method: 'POST', body });
}

export function recordSession(id: string, body: SessionInput): Promise<MediationView> {
  return api.request(`${requestPath(id)}/sessions`, { method: 'POST', body });
}

export function recordOutcome(id: string, body: OutcomeInput): Promise<MediationView> {
  return api.request(`${requestPath(id)}/outcome`, { method: 'POST', body });
}

export function settleSmallClaim(body: SmallClaimInput): Promise<MediationView> {
  return api.request('/api/mediation/small-claims', { method: 'POST', body });
}

export const agreementPath = (id: string) => `${requestPath(id)}/agreement`;

export const handoffPath = (id: string) => `${requestPath(id)}/handoff`;
