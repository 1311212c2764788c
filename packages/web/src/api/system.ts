import { api } from './client';

export interface SystemFacts {
  version: string;
  database: 'pglite' | 'postgres';
  demoData: boolean;
  startedAt: string;
}

export function fetchSystemFacts(): Promise<SystemFacts> {
  return api.request<SystemFacts>('/api/system');
}

export interface Regions {
  city: { code: string; zh: string; en: string };
  districts: { code: string; zh: string; en: string; streets: { code: string; zh: string }[] }[];
}

/** Shanghai's districts and streets, for choosing a user's area. */
export function fetchRegions(): Promise<Regions> {
  return api.request<Regions>('/api/regions');
}
