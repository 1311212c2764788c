/**
 * Time in rules: a timestamp is wall-clock time in the dataset's zone (Asia/Shanghai unless the adapter declared
 * another), stored without offset (SQL: TIMESTAMP, not TIMESTAMPTZ). Ingest converts any offset to that zone,
 * so a day, an ISO week and a month are read straight off the wall clock, identically in every engine and here.
 * In TypeScript a timestamp is its wall-clock reading as microseconds since 1970-01-01 00:00 (a BigInt).
 */
export type Micros = bigint;
export const microsPerMinute = 60_000_000n;
const microsPerDay = 86_400_000_000n;

const timestampPattern = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?$/;

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days from 1970-01-01 to a calendar date (Howard Hinnant's days_from_civil): no rolling over, any year. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * Why `YYYY-MM-DD` is no day of the calendar (`2025-02-30`, `2025-13-01`), in Chinese and English, or undefined
 * when it is one. Text of another form is not judged here.
 */
export function calendarDateProblem(text: string): { zh: string; en: string } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12)
    return {
      zh: `${text} 不是日历上的日期：月份应为 01 至 12`,
      en: `${text} is not a calendar date: the month must be 01 to 12`,
    };
  const last = daysInMonth(year, month);
  if (day < 1 || day > last)
    return {
      zh: `${text} 不是日历上的日期：${year} 年 ${month} 月只有 ${last} 天`,
      en: `${text} is not a calendar date: ${monthNames[month - 1]} ${year} has ${last} days`,
    };
  return undefined;
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Reads `YYYY-MM-DD[ HH:MM[:SS[.ffffff]]]` (or with `T`). An impossible date or time (`2025-02-30`, `24:00`) is
 * refused, never rolled over into the next month or day.
 */
export function parseTimestamp(text: string): Micros {
  const m = timestampPattern.exec(text.trim());
  if (!m) throw new Error(`not a timestamp (YYYY-MM-DD HH:MM:SS): ${text}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    throw new Error(`not a calendar date: ${text}`);
  if (hour > 23 || minute > 59 || second > 59) throw new Error(`not a time of day: ${text}`);
  const seconds = daysFromCivil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second;
  return BigInt(seconds) * 1_000_000n + BigInt((m[7] ?? '').padEnd(6, '0') || '0');
}

/** A date is the timestamp of its midnight. */
export function parseDate(text: string): Micros {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) throw new Error(`not a date (YYYY-MM-DD): ${text}`);
  return parseTimestamp(text);
}

export function dayOf(t: Micros): Micros {
  const remainder = ((t % microsPerDay) + microsPerDay) % microsPerDay;
  return t - remainder;
}

/** The Monday that starts the ISO week. */
export function weekOf(t: Micros): Micros {
  const day = dayOf(t);
  const weekday = Number((((day / microsPerDay) % 7n) + 7n + 3n) % 7n); // 1970-01-01 was a Thursday: 0 = Monday
  return day - BigInt(weekday) * microsPerDay;
}

export function monthOf(t: Micros): Micros {
  const d = new Date(Number(dayOf(t) / 1000n));
  return BigInt(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)) * 1000n;
}

export function addDays(t: Micros, days: bigint): Micros {
  return t + days * microsPerDay;
}

/** The Monday of the last week that ends on or before a day: six days before it. */
export function lastWeekEndingBy(day: Micros): Micros {
  return addDays(day, -6n);
}

export function formatDate(t: Micros): string {
  return new Date(Number(dayOf(t) / 1000n)).toISOString().slice(0, 10);
}

export function formatTimestamp(t: Micros): string {
  const iso = new Date(Number((t - (((t % 1000n) + 1000n) % 1000n)) / 1000n)).toISOString();
  const micros = ((t % 1_000_000n) + 1_000_000n) % 1_000_000n;
  const base = iso.slice(0, 19).replace('T', ' ');
  return micros === 0n ? base : `${base}.${micros.toString().padStart(6, '0').replace(/0+$/, '')}`;
}
