import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { checkAgreement } from '../api';

/** The server's check of a draft text, asked once typing pauses; the last answer stays while the next is asked. */
export function useDraftCheck(source: string | undefined, delayMs = 350) {
  const [settled, setSettled] = useState(source);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(source), delayMs);
    return () => clearTimeout(timer);
  }, [source, delayMs]);
  const query = useQuery({
    queryKey: ['agreements', 'check', settled],
    queryFn: () => checkAgreement(settled!),
    enabled: settled !== undefined && settled.trim() !== '',
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  return { ...query, pending: settled !== source || query.isFetching };
}
