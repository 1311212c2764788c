import type { Language, ScenarioArea } from '@gigpact/contracts';
import type { TFunction } from 'i18next';
import { localized } from '../../../i18n/localized';

/**
 * The area whose rows a scenario read, in the reader's language: a district's, or the whole city's. A result
 * stored before scenarios recorded their area says that it is not known.
 */
export function areaText(area: ScenarioArea | undefined, language: Language, t: TFunction): string {
  if (!area) return t('governance.sandbox.area.unknown');
  return t(`governance.sandbox.area.${area.level}`, { name: localized(area, language) });
}
