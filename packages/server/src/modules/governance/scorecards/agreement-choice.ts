import type { AgreementInForce } from './scoring-period';

/** An agreement covering a platform, with how many of the platform's stored rows fall in its days and scope. */
export interface AgreementCandidate {
  agreement: AgreementInForce;
  /** The platform's rows on a day from its `effectiveFrom` to its `effectiveTo` that its scope covers. */
  coveredRows: number;
}

/** Which agreement a card is scored under, or, with none, which one it names as yet to show in the data. */
export interface AgreementChoice {
  /** An agreement with stored data of the platform in its days and scope. */
  scoredUnder: AgreementInForce | null;
  /** Without one: the agreement covering the platform that its data has yet to show (it takes effect later). */
  yetToShow: AgreementInForce | null;
}

/** Whether an agreement ended before the platform's last day of data. */
const endedBefore = (agreement: AgreementInForce, lastDay: string | null) =>
  agreement.effectiveTo !== null && lastDay !== null && agreement.effectiveTo < lastDay;

/** Later start first, then by id, so that the same agreements always give the same choice. */
const byLatestStart = (a: AgreementInForce, b: AgreementInForce) =>
  b.effectiveFrom.localeCompare(a.effectiveFrom) || a.id.localeCompare(b.id);

/**
 * The agreement a platform's card is scored under: of those covering it that hold some of its stored rows in
 * their days and scope, one still in force on its last day of data before one that ended earlier (an ended
 * agreement only when nothing later covers the data), then the one covering the most of its rows (a city-wide
 * agreement before one of a district), then the latest start. An agreement none of whose days and scope hold
 * the platform's rows is never scored under: the card is scored as one without an agreement and names the latest
 * of them not yet ended as the agreement yet to show (`lastDay`: the platform's last day of data).
 */
export function chooseAgreement(
  candidates: readonly AgreementCandidate[],
  lastDay: string | null,
): AgreementChoice {
  const withData = candidates
    .filter((c) => c.coveredRows > 0)
    .sort(
      (a, b) =>
        Number(endedBefore(a.agreement, lastDay)) - Number(endedBefore(b.agreement, lastDay)) ||
        b.coveredRows - a.coveredRows ||
        byLatestStart(a.agreement, b.agreement),
    );
  if (withData.length > 0) return { scoredUnder: withData[0]!.agreement, yetToShow: null };
  const pending = candidates
    .map((c) => c.agreement)
    .filter((a) => !endedBefore(a, lastDay))
    .sort(byLatestStart);
  return { scoredUnder: null, yetToShow: pending[0] ?? null };
}
