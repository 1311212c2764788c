import {
  enterpriseKinds,
  industries,
  unionStatuses,
  type EnterpriseKind,
  type Industry,
  type UnionStatus,
} from '@gigpact/contracts';
import type { EnterpriseFilters } from '../../../api/registry';
import { codeOf, listAddressParams, oneOf, pagingOf } from '../../../shared/list-address';

const sorts = ['name', 'workers', 'district', 'unionStatus'] as const;

/**
 * The list's filters, paging and sort as they stand in the address (`?unionStatus=none&page=2`), so a filtered
 * list can be bookmarked, shared and returned to. Anything unknown in the address is ignored.
 */
export interface EnterpriseListState extends EnterpriseFilters {
  page: number;
  pageSize: number;
}

export function readListState(params: URLSearchParams): EnterpriseListState {
  const q = params.get('q')?.trim();
  return {
    q: q ? q.slice(0, 80) : undefined,
    kind: oneOf<EnterpriseKind>(enterpriseKinds, params.get('kind')),
    platform: params.get('platform') || undefined,
    industry: oneOf<Industry>(industries, params.get('industry')),
    district: codeOf(/^\d{6}$/, params.get('district')),
    street: codeOf(/^\d{9}$/, params.get('street')),
    unionStatus: oneOf<UnionStatus>(unionStatuses, params.get('unionStatus')),
    sort: oneOf(sorts, params.get('sort')),
    order: oneOf(['asc', 'desc'] as const, params.get('order')),
    ...pagingOf(params),
  };
}

export function writeListState(state: EnterpriseListState): URLSearchParams {
  return listAddressParams(state);
}

/** A change of filter starts again at page 1; a street belongs to its district, so it goes when that changes. */
export function withFilter(
  state: EnterpriseListState,
  change: Partial<EnterpriseFilters>,
): EnterpriseListState {
  const next = { ...state, ...change, page: 1 };
  if ('district' in change && change.district !== state.district) next.street = undefined;
  return next;
}

/** The filters alone, for the export that must match the list on screen. */
export function filtersOf(state: EnterpriseListState): EnterpriseFilters {
  const { page: _page, pageSize: _pageSize, ...filters } = state;
  return filters;
}
