import { describe, expect, it } from 'vitest';
import { emptyTexts, keyPaths, textAt, textVariables } from '../../i18n/keys';
import { i18n } from '../../i18n';
import { en, zh } from './messages';
import { registerRegistryMessages } from './register-messages';

describe('registry texts', () => {
  it('has the same keys in Chinese and English, none empty', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(zh).sort());
    expect(keyPaths(zh).length).toBeGreaterThan(100);
    expect(emptyTexts(zh)).toEqual([]);
    expect(emptyTexts(en)).toEqual([]);
  });

  it('uses the same interpolation variables in both languages', () => {
    for (const path of keyPaths(zh)) {
      expect({ path, variables: textVariables(textAt(en, path)) }).toEqual({
        path,
        variables: textVariables(textAt(zh, path)),
      });
    }
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
