import { i18n } from '../../i18n';
import { en, zh } from './messages';

/** Adds the mediation pages' texts under `mediation.` in both languages when the module's chunk loads. */
export function registerMediationMessages(): void {
  i18n.addResourceBundle('zh', 'translation', { mediation: zh }, true, true);
  i18n.addResourceBundle('en', 'translation', { mediation: en }, true, true);
}
