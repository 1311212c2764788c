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

export function parseTimestamp(text: string): Micros {
  const m = timestampPattern.exec(text.trim());
  if (!m) throw new Error(`not a timestamp (YYYY-MM-DD HH:MM:SS): ${text}`);
  const ms = Date.UTC(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
  );
  if (Number.isNaN(ms)) throw new Error(`not a timestamp: ${text}`);
  return BigInt(ms) * 1000n + BigInt((m[7] ?? '').padEnd(6, '0') || '0');
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

export function formatDate(t: Micros): string {
  return new Date(Number(dayOf(t) / 1000n)).toISOString().slice(0, 10);
}

export function formatTimestamp(t: Micros): string {
  const iso = new Date(Number((t - (((t % 1000n) + 1000n) % 1000n)) / 1000n)).toISOString();
  const micros = ((t % 1_000_000n) + 1_000_000n) % 1_000_000n;
  const base = iso.slice(0, 19).replace('T', ' ');
  return micros === 0n ? base : `${base}.${micros.toString().padStart(6, '0').replace(/0+$/, '')}`;
}
