import type { SandboxAgreementView } from '@gigpact/contracts';
import { api } from '../../../api/client';

export const sandboxKeys = {
  agreements: ['governance', 'sandbox', 'agreements'] as const,
};

/** The agreements a scenario may be run on, drafts and those under negotiation included. */
export function listSandboxAgreements(): Promise<{ items: SandboxAgreementView[] }> {
  return api.request('/api/governance/sandbox/agreements');
}
