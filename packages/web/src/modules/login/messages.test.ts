import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { expectMatchingTexts } from '../../i18n/expect-matching-texts';
import { en, zh } from './messages';
import { registerLoginMessages } from './register-messages';

describe('login page texts', () => {
  it('has the same keys and variables in Chinese and English, none empty', () => {
    expectMatchingTexts(zh, en);
  });

  it('is found under login. once registered, beside the shared login texts', () => {
    registerLoginMessages();
    expect(i18n.getFixedT('en')('login.publicRules')).toBe(en.publicRules);
    expect(i18n.getFixedT('zh')('login.publicRules')).toBe(zh.publicRules);
    expect(i18n.getFixedT('zh')('login.submit')).toBe('登录');
  });
});
