import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { emptyTexts, keyPaths, textAt, textVariables } from '../../i18n/keys';
import { en, zh } from './messages';
import { registerLoginMessages } from './register-messages';

describe('login page texts', () => {
  it('has the same keys and variables in Chinese and English, none empty', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(zh).sort());
    expect(emptyTexts(zh)).toEqual([]);
    expect(emptyTexts(en)).toEqual([]);
    for (const path of keyPaths(zh))
      expect(textVariables(textAt(en, path)), path).toEqual(textVariables(textAt(zh, path)));
  });

  it('is found under login. once registered, beside the shared login texts', () => {
    registerLoginMessages();
    expect(i18n.getFixedT('en')('login.publicRules')).toBe(en.publicRules);
    expect(i18n.getFixedT('zh')('login.publicRules')).toBe(zh.publicRules);
    expect(i18n.getFixedT('zh')('login.submit')).toBe('登录');
  });
});
