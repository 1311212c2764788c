import type { AppContext } from '../../app-context';
import { cityDate } from '../../platform/clock';
import { holidayCalendar, type HolidayCalendar } from './working-days/calendar';

/** The holiday calendar in force for this deployment. */
export function calendarOf(ctx: AppContext): HolidayCalendar {
  return holidayCalendar(ctx.config.holidayCalendarFile);
}

/** The instant and the city's calendar day of one request, read once from the injected clock. */
export function clockOf(ctx: AppContext): { now: Date; today: string } {
  const now = ctx.now();
  return { now, today: cityDate(now) };
}
