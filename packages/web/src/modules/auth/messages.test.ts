import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { expectMatchingTexts } from '../../i18n/expect-matching-texts';
import { en, zh } from './messages';
import { registerAccountMessages } from './register-messages';

describe('account texts', () => {
  it('has the same keys and variables in Chinese and English, none empty', () => {
    expectMatchingTexts(zh, en);
  });

  it('is found under account. once registered', () => {
    registerAccountMessages();
    expect(i18n.getFixedT('zh')('account.changePassword')).toBe('修改密码');
    expect(i18n.getFixedT('en')('account.changePassword')).toBe('Change password');
    expect(i18n.getFixedT('zh')('account.newPasswordHelp', { min: 10, max: 256 })).toMatch(/^10–256 个字符/);
  });
});
