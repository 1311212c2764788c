import { describe, expect, it } from 'vitest';
import type { Agreement } from '@gigpact/rules';
import { scoringPeriod, type AgreementInForce } from './scoring-period';

const agreement = (effectiveFrom: string): AgreementInForce => ({
  id: 'didi-shanghai-2025',
  industry: 'ride_hailing',
  platforms: ['didi'],
  effectiveFrom,
  effectiveTo: null,
  document: {} as Agreement,
});
const data = { from: '2025-04-01', to: '2025-05-18' };

describe('a scorecard’s period', () => {
  it('runs from the agreement’s effective date to the last day of data', () => {
    expect(scoringPeriod(data, agreement('2025-05-01'))).toEqual({
      from: '2025-05-01',
      to: '2025-05-18',
      basis: 'agreement',
      agreementId: 'didi-shanghai-2025',
    });
  });

  it('is the latest four weeks without an agreement, and when the agreement takes effect after the data ends', () => {
    const recent = { from: '2025-04-21', to: '2025-05-18' };
    expect(scoringPeriod(data, null)).toEqual({ ...recent, basis: 'recent', agreementId: null });
    // Signing an agreement that takes effect later does not leave the platform without a score.
    expect(scoringPeriod(data, agreement('2025-09-01'))).toEqual({
      ...recent,
      basis: 'before_agreement',
      agreementId: 'didi-shanghai-2025',
    });
  });

  it('has no days without data', () => {
    expect(scoringPeriod({ from: null, to: null }, agreement('2025-05-01'))).toMatchObject({
      from: null,
      to: null,
      basis: 'agreement',
    });
  });
});
