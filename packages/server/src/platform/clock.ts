/** Dates as the union counts them: in the city's own time zone (Asia/Shanghai by default). */
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

/** The `count` months ending with `last` (YYYY-MM), oldest first. */
export function monthsEndingWith(last: string, count: number): string[] {
  const [year, month] = last.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + (month - 1) - (count - 1 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}
