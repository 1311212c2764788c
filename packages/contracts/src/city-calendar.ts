/**
 * Dates as the union counts them: in the city's own time zone (Asia/Shanghai). A day chosen in a browser in
 * another time zone, or by a server whose clock runs in UTC, is still the city's day.
 */
export const cityTimeZone = 'Asia/Shanghai';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: cityTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day of `instant` in the city, as YYYY-MM-DD. */
export function cityDate(instant: Date): string {
  return dayFormat.format(instant);
}

/** The calendar month of `instant` in the city, as YYYY-MM. */
export function cityMonth(instant: Date): string {
  return cityDate(instant).slice(0, 7);
}

/** Whether `text` is a day of the calendar written YYYY-MM-DD (2025-02-28, not 2025-02-30 or 2025-13-01). */
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}
