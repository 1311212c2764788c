import { liablePartyName, regionTree, type Language } from '@gigpact/contracts';

/**
 * A district's name in the reader's language, from its code or its Chinese name (the data's district column holds
 * names); the text itself when it is neither.
 */
export function districtLabel(code: string | null, language: Language): string {
  if (!code) return '—';
  const district = regionTree.districts.find((d) => d.code === code || d.zh === code);
  return district ? district[language] : code;
}

/**
 * Where a finding lies: its district, or, for a finding of a worker's day or a platform's month, the districts its
 * evidence rows were worked in.
 */
export function findingDistrictsLabel(
  finding: { district: string | null; districts: readonly string[] },
  language: Language,
): string {
  if (finding.district || finding.districts.length === 0) return districtLabel(finding.district, language);
  return finding.districts.map((d) => districtLabel(d, language)).join(language === 'zh' ? '、' : ', ');
}

/** The districts a reader may pick among: their own for a district or street officer, else every one. */
export function districtChoices(area: string): typeof regionTree.districts {
  const own = /^(?:district|street):(\d{6})/.exec(area)?.[1];
  return own ? regionTree.districts.filter((d) => d.code === own) : regionTree.districts;
}

/** Who a finding holds liable, in the reader's language; the rule's own words when they are not known. */
export const liableLabel = liablePartyName;

// Metric columns that are shares (0–1), that are money (totals as exact decimals in text, hourly pay), and that are
// measures given to two places (minutes per km, km/h), by name.
const shareColumn = /(_rate|_share|share_|_mean|commission_p\d+)/;
const moneyColumn = /(_total$|^hourly_pay_)/;
const twoPlacesColumn = /^(allowed_min_per_km_|implied_kmh_)/;

/**
 * A cell of an audit's metrics table: shares as percentages, money and the two-place measures with two decimals
 * (7.80, not 7.8, beside 7.56), counts as given.
 */
export function metricCell(column: string, value: string | number | null): string {
  if (value === null || value === '') return '—';
  const number = Number(value);
  if (!Number.isFinite(number)) return String(value);
  if (shareColumn.test(column) && typeof value === 'number') return `${(number * 100).toFixed(1)}%`;
  if (moneyColumn.test(column) || twoPlacesColumn.test(column)) return number.toFixed(2);
  return String(value);
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

/** A title in the reader's language: the English one in English where there is one, else the Chinese. */
export function titleIn(language: Language, zh: string, en: string | null | undefined): string {
  return language === 'en' && en ? en : zh;
}

/**
 * A finding's "why" in the reader's language. The English trace names the clause by its Chinese title (the title
 * the agreement holds); in English it is given the clause's English title (its own, else its library rule's, as
 * `clauseTitleEn` comes from the server) when there is one.
 */
export function traceIn(
  language: Language,
  trace: { zh: string; en: string },
  clause: { id: string; title: string | null | undefined; titleEn: string | null | undefined },
): string {
  if (language !== 'en') return trace.zh;
  if (!clause.title || !clause.titleEn) return trace.en;
  const quoted = `Clause ${clause.id} "${clause.title}"`;
  return trace.en.startsWith(quoted)
    ? `Clause ${clause.id} "${clause.titleEn}"${trace.en.slice(quoted.length)}`
    : trace.en;
}
