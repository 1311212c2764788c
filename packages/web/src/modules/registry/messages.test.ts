import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { expectMatchingTexts } from '../../i18n/expect-matching-texts';
import { keyPaths } from '../../i18n/keys';
import { en, zh } from './messages';
import { registerRegistryMessages } from './register-messages';

describe('registry texts', () => {
  it('has the same keys and variables in Chinese and English, none empty', () => {
    expect(keyPaths(zh).length).toBeGreaterThan(100);
    expectMatchingTexts(zh, en);
  });

  it('are found under registry. in both languages once registered, beside the shared texts', () => {
    registerRegistryMessages();
    expect(i18n.getFixedT('zh')('registry.coverage.foundingRate')).toBe('建会率');
    expect(i18n.getFixedT('en')('registry.coverage.foundingRate')).toBe('Union founding rate');
    expect(i18n.getFixedT('en')('registry.import.allGood', { rows: 3, imported: 2, unchanged: 1 })).toBe(
      'All 3 rows imported (2 written, 1 unchanged).',
    );
    expect(i18n.getFixedT('zh')('common.save')).toBe('保存');
  });
});
