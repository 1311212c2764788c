/**
 * Reading and writing a list's filters, sort and page in the address, so that a filtered list can be bookmarked,
 * shared and returned to. Anything unknown in the address is ignored.
 */

/** The value if it is one of those allowed. */
export function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((item) => item === value);
}

/** The value if it has the form of the code (a district's six digits, a street's nine). */
export const codeOf = (pattern: RegExp, value: string | null) =>
  value && pattern.test(value) ? value : undefined;

/** The page (from 1) and the page size (10, 20, 50 or 100; 20 unless chosen). */
export function pagingOf(params: URLSearchParams): { page: number; pageSize: number } {
  const page = Number(params.get('page'));
  const pageSize = Number(params.get('pageSize'));
  return {
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: [10, 20, 50, 100].includes(pageSize) ? pageSize : 20,
  };
}

/** The address's parameters for a list's state: what is empty, the first page and 20 a page are left out. */
export function listAddressParams(state: object): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    if (value === undefined || value === '') continue;
    if ((key === 'page' && value === 1) || (key === 'pageSize' && value === 20)) continue;
    params.set(key, String(value));
  }
  return params;
}
