import type { ScenarioResult } from '@gigpact/contracts';
import type { TFunction } from 'i18next';

/**
 * The days a scenario replayed, in the reader's language: the dates, how they were chosen, and, when they begin
 * before the agreement takes effect, that those days are read as if it were in force. A result stored before
 * scenarios had a period read the agreement's own days.
 */
export function periodText(period: ScenarioResult['period'], t: TFunction): string {
  if (!period) return t('governance.sandbox.period.own');
  const days = t(`governance.sandbox.period.${period.basis}`, { from: period.from, to: period.to });
  return period.from < period.agreementFrom
    ? `${days}${t('governance.sandbox.period.beforeEffect', { date: period.agreementFrom })}`
    : days;
}
