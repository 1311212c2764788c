import { describe, expect, it } from 'vitest';
import type { Agreement } from '@gigpact/rules';
import { chooseAgreement } from './agreement-choice';
import type { AgreementInForce } from './scoring-period';

const agreement = (
  id: string,
  effectiveFrom: string,
  effectiveTo: string | null = null,
): AgreementInForce => ({
  id,
  industry: 'food_delivery',
  platforms: ['eleme'],
  effectiveFrom,
  effectiveTo,
  document: {} as Agreement,
});
/** The platform's data ends on 2025-05-18. */
const lastDay = '2025-05-18';
const ids = (choice: ReturnType<typeof chooseAgreement>) => ({
  scoredUnder: choice.scoredUnder?.id ?? null,
  yetToShow: choice.yetToShow?.id ?? null,
});

describe('the agreement a scorecard is scored under', () => {
  it('is not one that takes effect after the data ends, which the card names as yet to show', () => {
    const current = agreement('current', '2025-05-01');
    const later = agreement('later', '2025-09-01');
    expect(
      ids(
        chooseAgreement(
          [
            { agreement: later, coveredRows: 0 },
            { agreement: current, coveredRows: 180 },
          ],
          lastDay,
        ),
      ),
    ).toEqual({ scoredUnder: 'current', yetToShow: null });
    expect(ids(chooseAgreement([{ agreement: later, coveredRows: 0 }], lastDay))).toEqual({
      scoredUnder: null,
      yetToShow: 'later',
    });
  });

  it('is an ended agreement only when nothing later covers the data', () => {
    // The ended agreement covers more of the data, the one after it the latest days.
    const ended = agreement('ended', '2025-01-01', '2025-04-30');
    const next = agreement('next', '2025-05-01');
    expect(
      ids(
        chooseAgreement(
          [
            { agreement: ended, coveredRows: 1_200 },
            { agreement: next, coveredRows: 180 },
          ],
          lastDay,
        ),
      ),
    ).toEqual({ scoredUnder: 'next', yetToShow: null });
    expect(ids(chooseAgreement([{ agreement: ended, coveredRows: 1_200 }], lastDay)).scoredUnder).toBe(
      'ended',
    );
    // One that ended before any of the data is neither scored under nor yet to show.
    expect(
      ids(
        chooseAgreement(
          [{ agreement: agreement('old', '2024-01-01', '2024-12-31'), coveredRows: 0 }],
          lastDay,
        ),
      ),
    ).toEqual({ scoredUnder: null, yetToShow: null });
  });

  it('prefers the agreement covering more of the platform’s rows, a later start breaking ties', () => {
    const cityWide = agreement('city-wide', '2025-05-01');
    const district = agreement('qingpu', '2025-05-02');
    expect(
      ids(
        chooseAgreement(
          [
            { agreement: district, coveredRows: 20 },
            { agreement: cityWide, coveredRows: 180 },
          ],
          lastDay,
        ),
      ).scoredUnder,
    ).toBe('city-wide');
    expect(
      ids(
        chooseAgreement(
          [
            { agreement: cityWide, coveredRows: 180 },
            { agreement: district, coveredRows: 180 },
          ],
          lastDay,
        ),
      ).scoredUnder,
    ).toBe('qingpu');
    // A district agreement whose districts hold none of the platform's rows is yet to show.
    expect(ids(chooseAgreement([{ agreement: district, coveredRows: 0 }], lastDay))).toEqual({
      scoredUnder: null,
      yetToShow: 'qingpu',
    });
  });
});
