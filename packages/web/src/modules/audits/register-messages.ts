import { i18n } from '../../i18n';
import { en, zh } from './messages';

/** Adds the audit pages' texts under `audits.` in both languages when the module's chunk loads. */
export function registerAuditMessages(): void {
  i18n.addResourceBundle('zh', 'translation', { audits: zh }, true, true);
  i18n.addResourceBundle('en', 'translation', { audits: en }, true, true);
}
