import { i18n } from '../../i18n';
import { en, zh } from './messages';

/** Adds the agreement pages' texts under `agreements.` in both languages when the module's chunk loads. */
export function registerAgreementMessages(): void {
  i18n.addResourceBundle('zh', 'translation', { agreements: zh }, true, true);
  i18n.addResourceBundle('en', 'translation', { agreements: en }, true, true);
}
