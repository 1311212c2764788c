import { describe, expect, it } from 'vitest';
import type { Agreement } from '@gigpact/rules';
import { scoringPeriod, type AgreementInForce } from './scoring-period';

const agreement = (effectiveFrom: string, effectiveTo: string | null = null): AgreementInForce => ({
  id: 'didi-shanghai-2025',
  industry: 'ride_hailing',
  platforms: ['didi'],
  effectiveFrom,
  effectiveTo,
  document: {} as Agreement,
});
const under = (a: AgreementInForce) => ({ scoredUnder: a, yetToShow: null });
const none = { scoredUnder: null, yetToShow: null };
const data = { from: '2025-04-01', to: '2025-05-18' };

describe('a scorecard’s period', () => {
  it('runs from the agreement’s effective date to the last day of data', () => {
    expect(scoringPeriod(data, under(agreement('2025-05-01')))).toEqual({
      from: '2025-05-01',
      to: '2025-05-18',
      basis: 'agreement',
      agreementId: 'didi-shanghai-2025',
    });
  });

  it('ends on the agreement’s last day when it ends before the data does', () => {
    expect(scoringPeriod(data, under(agreement('2025-04-10', '2025-04-30')))).toMatchObject({
      from: '2025-04-10',
      to: '2025-04-30',
      basis: 'agreement',
    });
  });

  it('is the latest four weeks without an agreement, and when the agreement has yet to show in the data', () => {
    const recent = { from: '2025-04-21', to: '2025-05-18' };
    expect(scoringPeriod(data, none)).toEqual({ ...recent, basis: 'recent', agreementId: null });
    // Signing an agreement that takes effect later does not leave the platform without a score.
    expect(scoringPeriod(data, { scoredUnder: null, yetToShow: agreement('2025-09-01') })).toEqual({
      ...recent,
      basis: 'before_agreement',
      agreementId: 'didi-shanghai-2025',
    });
    expect(scoringPeriod(data, under(agreement('2025-09-01')))).toEqual({
      ...recent,
      basis: 'before_agreement',
      agreementId: 'didi-shanghai-2025',
    });
  });

  it('has no days without data', () => {
    expect(scoringPeriod({ from: null, to: null }, under(agreement('2025-05-01')))).toMatchObject({
      from: null,
      to: null,
      basis: 'agreement',
    });
  });
});
