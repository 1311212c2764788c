const dayMs = 86_400_000;
const days = (from: string, to: string) =>
  Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / dayMs));
const nextDay = (day: string) => new Date(Date.parse(day) + dayMs).toISOString().slice(0, 10);

/**
 * Days of stored data (first to last day, inclusive) before an agreement's effective date and after it up to its
 * last day (`effectiveTo`), as the evaluation measures them; 0 for a side without data.
 */
export function daysAround(
  data: { start: string | undefined; end: string | undefined },
  effectiveFrom: string,
  effectiveTo: string | null | undefined,
): { daysBefore: number; daysAfter: number } {
  if (!data.start || !data.end) return { daysBefore: 0, daysAfter: 0 };
  const last = effectiveTo && effectiveTo < data.end ? effectiveTo : data.end;
  // The day after the last one measured.
  const after = nextDay(last);
  const start = data.start;
  return {
    daysBefore: days(start, effectiveFrom < after ? effectiveFrom : after),
    daysAfter: days(effectiveFrom > start ? effectiveFrom : start, after),
  };
}
