import { describe, expect, it } from 'vitest';
import type { CaseDetail } from '@gigpact/contracts';
import { prefillFromCase } from './case-prefill';

const base = {
  type: 'wage_arrears',
  amountClaimed: '126000.00',
  description: '拖欠派费',
  platformName: '中通快递',
  personalDataShown: true,
  parties: [
    { kind: 'worker', name: '周建国', contact: '13601234567', platformCode: null, enterpriseId: null },
    { kind: 'franchisee', name: '中通青浦加盟商', contact: null, platformCode: 'zto', enterpriseId: null },
  ],
} as unknown as CaseDetail;

describe('a mediation request from a case', () => {
  it('takes the worker, the employer, the dispute and the amount', () => {
    expect(prefillFromCase(base)).toEqual({
      applicantName: '周建国',
      applicantPhone: '13601234567',
      respondentName: '中通青浦加盟商',
      claimType: 'wage_arrears',
      amountClaimed: '126000.00',
      description: '拖欠派费',
    });
  });

  it('never copies a masked name or phone into the form', () => {
    const masked = prefillFromCase({ ...base, personalDataShown: false });
    expect(masked.applicantName).toBeUndefined();
    expect(masked.applicantPhone).toBeUndefined();
  });

  it('falls back to the platform when no employer is named', () => {
    expect(prefillFromCase({ ...base, parties: [] }).respondentName).toBe('中通快递');
  });
});
