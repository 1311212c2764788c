import type {
  DeliveryInferenceView,
  InferenceView,
  IntervalView,
  Language,
  RideInferenceView,
} from '@gigpact/contracts';
import type { TFunction } from 'i18next';
import { districtLabel } from '../../audits/labels';

/**
 * What the strictness index says of the promise: strict (≤ 0.5), not strict, or nothing for want of a 1 km band
 * with enough orders (`undecided`). No orders at all: no verdict (`null`), not even that one.
 */
export type StrictnessVerdict = 'strict' | 'notStrict' | 'undecided' | null;

/** The parts of a delivery inference the data can fill. */
export interface DeliveryContent {
  /** The time function, its charts and its months: only from orders with a distance and a promised time. */
  timeFunction: boolean;
  verdict: StrictnessVerdict;
  /** Hourly pay per rider-day (over every delivered order, those without a distance too). */
  pay: boolean;
}

const counted = (bins: readonly { count: number }[]) => bins.some((b) => b.count > 0);

export function deliveryContent(view: DeliveryInferenceView): DeliveryContent {
  const timeFunction = view.orders > 0;
  const verdict: StrictnessVerdict = !timeFunction
    ? null
    : view.strictness.index === null
      ? 'undecided'
      : view.strictness.strict
        ? 'strict'
        : 'notStrict';
  return { timeFunction, verdict, pay: counted(view.hourlyPay.histogram) };
}

/**
 * A 95 % interval as the page writes it, with the digits of its estimate: `14.60–15.40`, `-0.14 – 0.01` (spaced
 * where a bound is negative, so that the dash is not read as a minus), `≥ 14.60` without an upper bound; null
 * without an interval (too few orders).
 */
export function intervalText(interval: IntervalView, digits = 2): string | null {
  const { lo, hi } = interval;
  if (lo === null && hi === null) return null;
  if (hi === null) return `≥ ${lo!.toFixed(digits)}`;
  if (lo === null) return `≤ ${hi.toFixed(digits)}`;
  return `${lo.toFixed(digits)}${lo < 0 || hi < 0 ? ' – ' : '–'}${hi.toFixed(digits)}`;
}

/** An estimate and its interval in brackets (`15.05 (14.70–15.42)`), or the estimate alone; `—` without one. */
export function withInterval(value: number | null, interval: IntervalView, digits = 2): string {
  if (value === null) return '—';
  const bounds = intervalText(interval, digits);
  return bounds === null ? value.toFixed(digits) : `${value.toFixed(digits)} (${bounds})`;
}

/**
 * Which months the time fit covers, as the page says it: since the latest change of the fitted riding speed, with
 * the speeds before and after (`自 2025-05 起` / `Since 2025-05`), or every month where it held; null without
 * orders.
 */
export const fitPeriodText = (t: TFunction, period: DeliveryInferenceView['timeFitPeriod']) =>
  periodText(t, 'fitPeriod', period, period.change && [period.change.kmhBefore, period.change.kmhAfter]);

/**
 * A headline fit's months in the page's words (`governance.inference.<key>`): `since` the latest change, with the
 * values before and after it to two places, or `all` months where none; null without orders.
 */
function periodText(
  t: TFunction,
  key: 'fitPeriod' | 'payPeriod',
  period: {
    from: string | null;
    to: string | null;
    orders: number;
    change: { month: string; previousFrom: string } | null;
  },
  values: [number | null, number | null] | null,
): string | null {
  const { from, to, orders, change } = period;
  if (from === null || to === null) return null;
  const months = from === to ? from : t('governance.inference.monthRange', { from, to });
  if (!change || !values) return t(`governance.inference.${key}.all`, { months, orders });
  const [before, after] = values.map((v) => (v === null ? '—' : v.toFixed(2)));
  return t(`governance.inference.${key}.since`, {
    month: change.month,
    previousFrom: change.previousFrom,
    before,
    after,
    months,
    orders,
  });
}

/**
 * Which months the pay fit covers, as the page says it: since the latest change of pay per km, with the rates
 * before and after, or every month where it held; null without orders.
 */
export const payPeriodText = (t: TFunction, period: DeliveryInferenceView['payFitPeriod']) =>
  periodText(t, 'payPeriod', period, period.change && [period.change.perKmBefore, period.change.perKmAfter]);

/**
 * Whether pay shows no dependence on distance: the 95 % interval of pay per km holds 0. Without an interval
 * (too few orders) nothing is said either way.
 */
export const payIndependentOfDistance = ({ perKmInterval: { lo, hi } }: DeliveryInferenceView['payFit']) =>
  lo !== null && hi !== null && lo <= 0 && 0 <= hi;

/** Whether the commission can be read from any trip (those with a passenger fare). */
export const hasCommission = (view: RideInferenceView) =>
  view.commission.mean !== null || counted(view.commission.histogram);

/**
 * Whether the reader's scope holds nothing to infer from: no delivered order and no rider-day, or no trip. The
 * page then says so and shows no figure, chart or verdict. An industry with no stored data at all (no view) is
 * told apart by the caller.
 */
export function inferenceEmpty(view: InferenceView): boolean {
  if (view.delivery) {
    const content = deliveryContent(view.delivery);
    return !content.timeFunction && !content.pay;
  }
  if (view.rides) return view.rides.trips === 0;
  return false;
}

/**
 * The notice for a scope that holds nothing to infer from, naming the scope (the reader's district, their
 * platform, or the stored data) and what it lacks (the chosen platform's orders or trips, or the industry's).
 */
export function noDataNotice(
  t: TFunction,
  view: Pick<InferenceView, 'industry' | 'scope'>,
  chosenPlatform: string | undefined,
  language: Language,
  platformName: (code: string) => string,
): string {
  const { district, platform } = view.scope;
  // A representative's own platform names the scope; a platform chosen in the list names what is missing.
  const missingPlatform = platform && !district ? undefined : (platform ?? chosenPlatform);
  const subject = missingPlatform
    ? t(`governance.inference.subjectOf.${view.industry}`, { platform: platformName(missingPlatform) })
    : t(`governance.inference.subject.${view.industry}`);
  if (district)
    return t('governance.inference.noDataIn.district', {
      district: districtLabel(district, language),
      subject,
    });
  if (platform)
    return t('governance.inference.noDataIn.platform', { platform: platformName(platform), subject });
  return t('governance.inference.noDataIn.city', { subject });
}
