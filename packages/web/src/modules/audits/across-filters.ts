import {
  findingSorts,
  findingStates,
  findingStatesOf,
  openFindingStates,
  type FindingState,
} from '@gigpact/contracts';
import type { AcrossRunsFilters } from './api';

/** The filters as the address bar holds them (`/audits/findings?state=open&district=310118`). */
export function acrossRunsFiltersOf(params: URLSearchParams): AcrossRunsFilters {
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const positive = (name: string, fallback: number, max: number) => {
    const n = Number(params.get(name));
    return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
  };
  const sort = text('sort');
  const day = (name: string) => {
    const value = text(name);
    return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
  };
  const district = text('district');
  return {
    state: stateParamOf(findingStatesOf(text('state')) ?? []),
    clause: text('clause'),
    platform: text('platform'),
    franchisee: text('franchisee'),
    district: district && /^\d{6}$/.test(district) ? district : undefined,
    agreementId: text('agreementId'),
    from: day('from'),
    to: day('to'),
    sort: findingSorts.find((s) => s === sort),
    order: text('order') === 'desc' ? 'desc' : sort ? 'asc' : undefined,
    page: positive('page', 1, 100_000),
    pageSize: positive('pageSize', 20, 200),
  };
}

/** The `state` parameter for chosen states: `open` for exactly the open ones, else the states comma-separated. */
export function stateParamOf(states: readonly FindingState[]): string | undefined {
  if (states.length === 0) return undefined;
  const open = new Set<FindingState>(openFindingStates);
  if (states.length === open.size && states.every((s) => open.has(s))) return 'open';
  return findingStates.filter((s) => states.includes(s)).join(',');
}
