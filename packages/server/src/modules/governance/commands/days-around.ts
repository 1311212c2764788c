/**
 * Days with data before an agreement's effective date and after it up to its last day (`effectiveTo`), as the
 * evaluation measures them: of `days`, the days on which the rows it covers have data (each counted once); 0 for a
 * side without data.
 */
export function daysAround(
  days: readonly string[],
  effectiveFrom: string,
  effectiveTo: string | null | undefined,
): { daysBefore: number; daysAfter: number } {
  const distinct = [...new Set(days)];
  return {
    daysBefore: distinct.filter((day) => day < effectiveFrom).length,
    daysAfter: distinct.filter((day) => day >= effectiveFrom && (!effectiveTo || day <= effectiveTo)).length,
  };
}
