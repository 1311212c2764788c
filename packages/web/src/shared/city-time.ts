import { cityTimeZone } from '@gigpact/contracts';
import dayjs, { type Dayjs } from 'dayjs';

/**
 * Instants as the union reads them: the wall clock in the city (Asia/Shanghai), whatever time zone the browser
 * (or the phone's clock) is set to, written the same way in both languages: YYYY-MM-DD HH:mm:ss.
 */
const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: cityTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function cityParts(instant: Date): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const part of wallClock.formatToParts(instant)) parts[part.type] = part.value;
  // Some engines write midnight as 24 even with h23.
  if (parts.hour === '24') parts.hour = '00';
  return parts;
}

/**
 * The city's wall-clock time of an instant (an ISO timestamp from the server): `YYYY-MM-DD HH:mm:ss`, or without
 * the seconds when `seconds` is false. An empty or missing value gives `empty`.
 */
export function formatCityTime(
  instant: string | Date | null | undefined,
  { seconds = true, empty = '' }: { seconds?: boolean; empty?: string } = {},
): string {
  if (instant === null || instant === undefined || instant === '') return empty;
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) return typeof instant === 'string' ? instant : empty;
  const p = cityParts(date);
  const time = `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
  return seconds ? `${time}:${p.second}` : time;
}

/**
 * Now on the city's wall clock, as a date-time in the browser's own calendar: what a date-time picker should
 * default to. Send what was picked back with `cityWallClockToInstant`.
 */
export function cityNow(now: Date = new Date()): Dayjs {
  const p = cityParts(now);
  return dayjs(`${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`);
}

/**
 * A date-time picked on the city's wall clock (the picker shows it in the browser's calendar), as an ISO instant
 * with the city's offset. Shanghai has kept +08:00 all year since 1991.
 */
export function cityWallClockToInstant(picked: Dayjs): string {
  return `${picked.format('YYYY-MM-DDTHH:mm:ss')}+08:00`;
}
