import { cityDate } from '@gigpact/contracts';
import dayjs, { type Dayjs } from 'dayjs';

/**
 * Today as the union counts it: the calendar day in the city (Asia/Shanghai), as a date in the browser's own
 * calendar. Date pickers default to it and refuse days after it, as the server does; a browser in another
 * time zone (or a phone whose clock is set to one) sees the city's day, not its own.
 */
export function cityToday(now: Date = new Date()): Dayjs {
  return dayjs(cityDate(now));
}

/** The city's calendar day of an instant (an ISO timestamp from the server), for comparing with picked dates. */
export function cityDayOf(instant: string | Date): Dayjs {
  return dayjs(cityDate(new Date(instant)));
}
