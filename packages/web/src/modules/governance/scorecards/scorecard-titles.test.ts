import { describe, expect, it } from 'vitest';
import { withAgreementTitles } from './scorecard-titles';

const agreements = [
  { id: 'ride-hailing-shanghai-2025', title: '网约车协议', titleEn: 'Ride-hailing agreement' },
  { id: 'zh-only', title: '中文协议', titleEn: null },
];
const card = (agreementId: string | null) => ({
  platform: 'x',
  period: { basis: 'before_agreement', agreementId },
});

describe('scorecards naming their agreement', () => {
  it('gives the agreement’s title in the reader’s language instead of its id', () => {
    expect(
      withAgreementTitles([card('ride-hailing-shanghai-2025')], agreements, 'en')[0]?.period.agreementId,
    ).toBe('“Ride-hailing agreement”');
    expect(
      withAgreementTitles([card('ride-hailing-shanghai-2025')], agreements, 'zh')[0]?.period.agreementId,
    ).toBe('《网约车协议》');
    expect(withAgreementTitles([card('zh-only')], agreements, 'en')[0]?.period.agreementId).toBe(
      '“中文协议”',
    );
  });

  it('keeps the card as it is without an agreement or when the agreement is not listed', () => {
    const none = card(null);
    const unknown = card('other');
    expect(withAgreementTitles([none, unknown], agreements, 'en')).toEqual([none, unknown]);
  });
});
