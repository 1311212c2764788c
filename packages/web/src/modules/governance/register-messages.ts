import { i18n } from '../../i18n';
import { en, zh } from './messages';

/** Adds the governance pages' texts under `governance.` in both languages when the module's chunk loads. */
export function registerGovernanceMessages(): void {
  i18n.addResourceBundle('zh', 'translation', { governance: zh }, true, true);
  i18n.addResourceBundle('en', 'translation', { governance: en }, true, true);
}
