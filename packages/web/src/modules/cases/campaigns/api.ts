import type { z } from 'zod';
import type { campaignTargetCase } from '@gigpact/contracts';
import { api } from '../../../api/client';

export type TargetCase = z.infer<typeof campaignTargetCase>;

export const targetCasesKey = (campaignId: string, targetId: string) =>
  ['cases', 'campaigns', campaignId, 'target-cases', targetId] as const;

/** The cases a campaign target is a party to in the user's area: the choices for "case filed". */
export function listTargetCases(campaignId: string, targetId: string): Promise<{ items: TargetCase[] }> {
  return api.request(
    `/api/supervision/campaigns/${encodeURIComponent(campaignId)}/targets/${encodeURIComponent(targetId)}/cases`,
  );
}
