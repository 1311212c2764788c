import type { Language } from '@gigpact/contracts';

/**
 * The scorecards with the agreement their period names given by its title in the reader's language (the card's
 * text shows `period.agreementId`, a code); the code when the agreement is not among those listed.
 */
export function withAgreementTitles<C extends { period: { agreementId: string | null } }>(
  cards: readonly C[],
  agreements: readonly { id: string; title: string; titleEn: string | null }[],
  language: Language,
): C[] {
  return cards.map((card) => {
    const agreement = agreements.find((a) => a.id === card.period.agreementId);
    if (!agreement) return card;
    const title = language === 'en' ? `“${agreement.titleEn ?? agreement.title}”` : `《${agreement.title}》`;
    return { ...card, period: { ...card.period, agreementId: title } };
  });
}
