import type { HolidayCalendar } from './calendar';

const dayMs = 86_400_000;

function toUtc(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The calendar day after `day` (YYYY-MM-DD), whatever the time zone of the machine. */
export function nextDay(day: string, by = 1): string {
  return fromUtc(toUtc(day) + by * dayMs);
}

/** Whether offices work on `day`: a weekday that is no public holiday, or a weekend day made a working day. */
export function isWorkingDay(calendar: HolidayCalendar, day: string): boolean {
  if (calendar.workingWeekendDays.has(day)) return true;
  if (calendar.holidays.has(day)) return false;
  const weekday = new Date(toUtc(day)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

export interface WorkingDayDeadline {
  dueOn: string;
  /** True when the period runs past the last year the calendar knows: holidays there are not accounted for. */
  beyondCalendar: boolean;
}

/**
 * The last day of a period of `workingDays` working days that starts the day after `startsOn` (the day a letter
 * is served does not count, as in the statutes' counting of periods).
 */
export function addWorkingDays(
  calendar: HolidayCalendar,
  startsOn: string,
  workingDays: number,
): WorkingDayDeadline {
  if (!Number.isInteger(workingDays) || workingDays < 1) throw new RangeError('workingDays must be ≥ 1');
  let day = startsOn;
  let counted = 0;
  while (counted < workingDays) {
    day = nextDay(day);
    if (isWorkingDay(calendar, day)) counted += 1;
  }
  return { dueOn: day, beyondCalendar: Number(day.slice(0, 4)) > calendar.lastKnownYear };
}

/** The working day `workingDays` working days before `day` (for back-dating demo records). */
export function workingDaysBefore(calendar: HolidayCalendar, day: string, workingDays: number): string {
  let current = day;
  for (let counted = 0; counted < workingDays;) {
    current = nextDay(current, -1);
    if (isWorkingDay(calendar, current)) counted += 1;
  }
  return current;
}

/** The bilingual warning a deadline beyond the known calendar carries. */
export function calendarWarningFor(calendar: HolidayCalendar): { zh: string; en: string } {
  return {
    zh: `截止日期超出已知节假日安排（至 ${calendar.lastKnownYear} 年），可能未计入法定节假日，请核对`,
    en: `The due date lies beyond the known holiday calendar (up to ${calendar.lastKnownYear}); holidays may be missing: check it`,
  };
}
