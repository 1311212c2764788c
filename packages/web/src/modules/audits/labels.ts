import { regionTree, type Language } from '@gigpact/contracts';

/**
 * A district's name in the reader's language, from its code or its Chinese name (the data's district column holds
 * names); the text itself when it is neither.
 */
export function districtLabel(code: string | null, language: Language): string {
  if (!code) return '—';
  const district = regionTree.districts.find((d) => d.code === code || d.zh === code);
  return district ? district[language] : code;
}

// Who a rule holds liable, as the rule library words it (rules/src/library).
const liableNames: Record<string, Record<Language, string>> = {
  platform: { zh: '平台', en: 'Platform' },
  franchisee: { zh: '加盟商', en: 'Franchisee' },
  company: { zh: '快递公司', en: 'Express company' },
  'franchisee, escalated to company': {
    zh: '加盟商（可追至快递公司）',
    en: 'Franchisee, escalated to the company',
  },
  'platform (partner for dedicated riders)': {
    zh: '平台（专送骑手为合作商）',
    en: 'Platform (the partner for dedicated riders)',
  },
};

/** Who a finding holds liable, in the reader's language; the rule's own words when they are not known here. */
export function liableLabel(liable: string, language: Language): string {
  return liableNames[liable]?.[language] ?? liable;
}

// Metric columns that are shares (0–1) and that are money totals (exact decimals as text), by name.
const shareColumn = /(_rate|_share|share_|_mean|commission_p\d+)/;
const moneyColumn = /_total$/;

/** A cell of an audit's metrics table: shares as percentages, money with two decimals, the rest as given. */
export function metricCell(column: string, value: string | number | null): string {
  if (value === null || value === '') return '—';
  const number = Number(value);
  if (!Number.isFinite(number)) return String(value);
  if (shareColumn.test(column) && typeof value === 'number') return `${(number * 100).toFixed(1)}%`;
  if (moneyColumn.test(column)) return number.toFixed(2);
  return String(value);
}

/**
 * An amount of money (an exact decimal as text, up to 12 places) in yuan and fen, rounded half away from zero,
 * with thousands separators: "3578.2999999998" → "3,578.30". Empty amounts are a dash.
 */
export function moneyLabel(amount: string | null | undefined): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  const match = /^(-?)(\d+)(?:\.(\d*))?$/.exec(amount.trim());
  if (!match) return amount;
  const [, sign = '', whole = '0', fraction = ''] = match;
  const digits = `${fraction}000`;
  let fen = BigInt(whole) * 100n + BigInt(digits.slice(0, 2));
  if (Number(digits[2]) >= 5) fen += 1n;
  const yuan = (fen / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (fen % 100n).toString().padStart(2, '0');
  return `${sign && fen > 0n ? '-' : ''}${yuan}.${cents}`;
}

/** Whether `moneyLabel` shows the amount exactly (no more than two places that matter). */
export function moneyShownExactly(amount: string): boolean {
  return !/\.\d\d\d*[1-9]/.test(amount);
}

export const runColours = {
  queued: 'default',
  running: 'processing',
  succeeded: 'success',
  failed: 'error',
  cancelled: 'warning',
} as const;

export const stateColours = {
  new: 'blue',
  confirmed: 'red',
  disputed: 'orange',
  rectified: 'green',
  dismissed: 'default',
} as const;

/** Percent of a stage done, for the progress bar. */
export function percentOf(progress: { done: number; total: number }, finished: boolean): number {
  if (finished) return 100;
  return progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : 0;
}
