import { i18n } from '../../i18n';
import { en, zh } from './messages';

/**
 * Adds the registry's texts under `registry.` in both languages. Called when the module's chunk loads, so the
 * shared text files stay free of them and the login page never carries them.
 */
export function registerRegistryMessages(): void {
  i18n.addResourceBundle('zh', 'translation', { registry: zh }, true, true);
  i18n.addResourceBundle('en', 'translation', { registry: en }, true, true);
}
