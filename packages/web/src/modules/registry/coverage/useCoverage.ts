import { useQuery } from '@tanstack/react-query';
import type { CoverageDimension, Industry } from '@gigpact/contracts';
import { fetchCoverage, fetchCoverageTrend, fetchDistrictMap } from '../../../api/registry';

export const coverageKey = ['registry', 'coverage'] as const;

export interface CoverageFilters {
  month: string | undefined;
  industry: Industry | undefined;
}

export function useCoverage(by: CoverageDimension, filters: CoverageFilters) {
  return useQuery({
    queryKey: [...coverageKey, by, filters.month, filters.industry],
    queryFn: () => fetchCoverage({ by, ...filters }),
  });
}

export function useCoverageTrend(filters: CoverageFilters) {
  return useQuery({
    queryKey: [...coverageKey, 'trend', filters.month, filters.industry],
    queryFn: () => fetchCoverageTrend({ months: 12, ...filters }),
  });
}

export function useDistrictMap() {
  return useQuery({ queryKey: ['registry', 'map'], queryFn: fetchDistrictMap, staleTime: Infinity });
}
