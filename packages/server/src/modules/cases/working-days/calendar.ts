import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';

/**
 * The State Council's holiday calendar: public holidays, and the weekend days made working days to balance them
 * (调休). The bundled data comes from `chinese-days`; a deployment may load a newer calendar file of the same shape
 * (GIGPACT_HOLIDAY_CALENDAR) when next year's notice is published, without waiting for a release.
 */
export interface HolidayCalendar {
  holidays: ReadonlySet<string>;
  workingWeekendDays: ReadonlySet<string>;
  /** The last year whose holidays are known: deadlines beyond it may be wrong and must say so. */
  lastKnownYear: number;
}

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const calendarFile = z.object({
  holidays: z.record(isoDay, z.string()),
  workdays: z.record(isoDay, z.string()),
});
type CalendarData = z.infer<typeof calendarFile>;

const yearOf = (day: string) => Number(day.slice(0, 4));

function bundledData(): CalendarData {
  const require = createRequire(import.meta.url);
  return calendarFile.parse(require('chinese-days/dist/chinese-days.json'));
}

/** Builds a calendar; years present in `override` replace the bundled entries of those years entirely. */
export function buildCalendar(base: CalendarData, override?: CalendarData): HolidayCalendar {
  const overriddenYears = new Set(
    override ? [...Object.keys(override.holidays), ...Object.keys(override.workdays)].map(yearOf) : [],
  );
  const keep = (day: string) => !overriddenYears.has(yearOf(day));
  const holidays = [...Object.keys(base.holidays).filter(keep), ...Object.keys(override?.holidays ?? {})];
  const workdays = [...Object.keys(base.workdays).filter(keep), ...Object.keys(override?.workdays ?? {})];
  return {
    holidays: new Set(holidays),
    workingWeekendDays: new Set(workdays),
    lastKnownYear: Math.max(...holidays.map(yearOf)),
  };
}

export class CalendarFileError extends Error {}

/** Reads a calendar file, failing with a message that names the file and the first bad entry. */
export function readCalendarFile(file: string): CalendarData {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CalendarFileError(
      `节假日日历文件无法读取 / cannot read the holiday calendar ${file}: ${(error as Error).message}`,
    );
  }
  const parsed = calendarFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CalendarFileError(
      `节假日日历文件格式有误 / invalid holiday calendar ${file} at ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
    );
  }
  return parsed.data;
}

const cache = new Map<string, HolidayCalendar>();

/** The calendar in force: the bundled one, with the configured file loaded over it. Read once per file. */
export function holidayCalendar(file?: string): HolidayCalendar {
  const key = file ?? '';
  let calendar = cache.get(key);
  if (!calendar) {
    calendar = buildCalendar(bundledData(), file ? readCalendarFile(file) : undefined);
    cache.set(key, calendar);
  }
  return calendar;
}
