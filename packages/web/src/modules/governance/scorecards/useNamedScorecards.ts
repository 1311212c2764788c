import type { Language } from '@gigpact/contracts';
import { useQuery } from '@tanstack/react-query';
import { agreementKeys, listPublicAgreements } from '../../agreements/api';
import { withAgreementTitles } from './scorecard-titles';

/**
 * The scorecards with the agreement in force each names given by its title (the cards give its id only), and
 * none until the agreements are known: a card never shows the id while the titles load. Should the agreements
 * fail to load, the cards come with the ids.
 */
export function useNamedScorecards<C extends { period: { agreementId: string | null } }>(
  cards: readonly C[] | undefined,
  language: Language,
): C[] {
  const agreements = useQuery({ queryKey: agreementKeys.publicList, queryFn: listPublicAgreements });
  if (!cards || agreements.isPending) return [];
  return withAgreementTitles(cards, agreements.data?.items ?? [], language);
}
