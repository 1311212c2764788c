import type { AgreementStatusName, FieldIssue, ReplayPeriod } from '@gigpact/contracts';

/** The first and the last day of stored data, both included (YYYY-MM-DD). */
export interface StoredDays {
  from: string;
  to: string;
}

/** What the period of a scenario depends on of its agreement. */
export interface ReplayedAgreement {
  status: AgreementStatusName;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** Statuses of an agreement whose own days a scenario replays by default: it binds, or will, as signed. */
const binding: readonly AgreementStatusName[] = ['signed', 'in_force', 'superseded'];

/** How many months of the latest stored data a scenario replays when the agreement's own days are not there. */
export const latestMonths = 3;

const earlier = (a: string, b: string) => (a < b ? a : b);
const later = (a: string, b: string) => (a > b ? a : b);

/** The day after `day` less `months` calendar months, the day of the month kept or the month's last one. */
export function monthsEndingOn(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastOfMonth = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  const start = new Date(
    Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(date, lastOfMonth) + 1),
  );
  return start.toISOString().slice(0, 10);
}

/**
 * The days a scenario replays when none are asked for: an agreement signed, in force or superseded, its own days
 * (from its effective date to its last day) that the stored data holds; a draft, an agreement under negotiation
 * or one whose days the data does not reach (it takes effect after the data ends, or ended before it began), the
 * latest three months of stored data. Null without stored data.
 */
export function defaultReplayPeriod(
  agreement: ReplayedAgreement,
  stored: StoredDays | null,
): ReplayPeriod | null {
  if (!stored) return null;
  const ownFrom = later(agreement.effectiveFrom, stored.from);
  const ownTo = earlier(agreement.effectiveTo ?? stored.to, stored.to);
  if (binding.includes(agreement.status) && ownFrom <= ownTo)
    return { from: ownFrom, to: ownTo, basis: 'agreement' };
  return {
    from: later(monthsEndingOn(stored.to, latestMonths), stored.from),
    to: stored.to,
    basis: 'latest_data',
  };
}

/**
 * The period a scenario replays, from what was asked (`from`, `to`, either absent) and the stored data: without
 * either, the default; with one, the other is the first or the last day of stored data. The days asked for are
 * kept to those of the stored data. Refused, each issue naming its field in Chinese and English: `from` after
 * `to`, a period that holds no stored day (or any period when nothing is stored). Null when nothing is asked and
 * nothing is stored: the scenario then says that there is no data.
 */
export function resolveReplayPeriod(
  requested: { from?: string | undefined; to?: string | undefined },
  agreement: ReplayedAgreement,
  stored: StoredDays | null,
): { period: ReplayPeriod | null } | { issues: FieldIssue[] } {
  const asked = requested.from !== undefined || requested.to !== undefined;
  if (!asked) return { period: defaultReplayPeriod(agreement, stored) };
  const field = requested.from !== undefined ? 'from' : 'to';
  if (requested.from !== undefined && requested.to !== undefined && requested.from > requested.to)
    return {
      issues: [
        {
          path: ['from'],
          zh: `回放期间的起始日 from ${requested.from} 晚于结束日 to ${requested.to}`,
          en: `the replay period's from ${requested.from} is after its to ${requested.to}`,
        },
      ],
    };
  if (!stored)
    return {
      issues: [
        {
          path: [field],
          zh: `没有该协议行业（及其平台）的存储数据，回放期间 ${field} ${requested[field]} 没有可回放的日子`,
          en: `no data of the agreement's industry (and platforms) is stored: the replay period's ${field} ${requested[field]} has no day to replay`,
        },
      ],
    };
  const from = requested.from ?? stored.from;
  const to = requested.to ?? stored.to;
  // The period as it was asked for: with one end only, from that day on or up to it.
  const askedZh =
    requested.from === undefined
      ? `至 ${to} 止`
      : requested.to === undefined
        ? `自 ${from} 起`
        : ` ${from} 至 ${to} `;
  const askedEn =
    requested.from === undefined
      ? `up to ${to}`
      : requested.to === undefined
        ? `from ${from} on`
        : `from ${from} to ${to}`;
  const noData = (path: 'from' | 'to') => ({
    issues: [
      {
        path: [path],
        zh: `回放期间${askedZh}没有存储数据（${path} ${path === 'from' ? from : to}）：存储的数据为 ${stored.from} 至 ${stored.to}`,
        en: `there is no stored data ${askedEn} (${path} ${path === 'from' ? from : to}): the stored data runs from ${stored.from} to ${stored.to}`,
      },
    ],
  });
  // The field that puts the period outside the data: a start after its last day, an end before its first.
  if (from > stored.to) return noData(requested.from !== undefined ? 'from' : 'to');
  if (to < stored.from) return noData(requested.to !== undefined ? 'to' : 'from');
  return { period: { from: later(from, stored.from), to: earlier(to, stored.to), basis: 'requested' } };
}
