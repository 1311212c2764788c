import type { RegionTree, SystemInfo } from '@gigpact/contracts';
import { api } from './client';

export type SystemFacts = SystemInfo;

export function fetchSystemFacts(): Promise<SystemFacts> {
  return api.request<SystemFacts>('/api/system');
}

export type Regions = RegionTree;

/** Shanghai's districts and streets, for choosing a user's area. */
export function fetchRegions(): Promise<Regions> {
  return api.request<Regions>('/api/regions');
}
