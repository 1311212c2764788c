/** Dates as the union counts them: in the city's own time zone (shared with the web client). */
export { cityDate, cityMonth, cityTimeZone } from '@gigpact/contracts';

/** The `count` months ending with `last` (YYYY-MM), oldest first. */
export function monthsEndingWith(last: string, count: number): string[] {
  const [year, month] = last.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + (month - 1) - (count - 1 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}
