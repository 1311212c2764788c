import { caseSources, caseStatuses, caseTypes } from '@gigpact/contracts';
import { codeOf, listAddressParams, oneOf, pagingOf } from '../../../shared/list-address';
import type { CaseFilters, CaseListQuery } from '../api';

const sorts = ['openedOn', 'updatedAt', 'number'] as const;

/**
 * The case list's filters, sort and page as they stand in the address (`/cases?status=triage&overdue=true`), so
 * an overdue list can be bookmarked and returned to. Anything unknown in the address is ignored.
 */
export function readCaseListState(params: URLSearchParams): CaseListQuery {
  const q = params.get('q')?.trim();
  return {
    q: q ? q.slice(0, 80) : undefined,
    status: oneOf(caseStatuses, params.get('status')),
    state: oneOf(['open', 'closed'] as const, params.get('state')),
    type: oneOf(caseTypes, params.get('type')),
    source: oneOf(caseSources, params.get('source')),
    district: codeOf(/^\d{6}$/, params.get('district')),
    street: codeOf(/^\d{9}$/, params.get('street')),
    overdue: params.get('overdue') === 'true' ? 'true' : undefined,
    sort: oneOf(sorts, params.get('sort')),
    order: oneOf(['asc', 'desc'] as const, params.get('order')),
    ...pagingOf(params),
  };
}

export function writeCaseListState(state: CaseListQuery): URLSearchParams {
  return listAddressParams(state);
}

/**
 * A change of filter starts again at page 1; a street belongs to its district, so it goes when that changes.
 */
export function withCaseFilter(state: CaseListQuery, change: CaseFilters): CaseListQuery {
  const next = { ...state, ...change, page: 1 };
  // A single state and "open" or "closed" are one choice: picking one drops the other.
  if ('status' in change && change.status) next.state = undefined;
  if ('state' in change && change.state) next.status = undefined;
  if ('district' in change && change.district !== state.district) next.street = undefined;
  return next;
}

/** The filters alone, for the export that must match the list on screen. */
export function exportQuery(state: CaseListQuery): Omit<CaseFilters, 'sort' | 'order'> {
  const { page: _p, pageSize: _s, sort: _sort, order: _order, ...filters } = state;
  return filters;
}
