import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { expectMatchingTexts } from '../../i18n/expect-matching-texts';
import { en, zh } from './messages';
import { registerAgreementMessages } from './register-messages';

describe('agreement texts', () => {
  it('has the same keys and variables in Chinese and English, none empty', () => {
    expectMatchingTexts(zh, en);
  });

  it('is found under agreements. once registered', () => {
    registerAgreementMessages();
    expect(i18n.getFixedT('en')('agreements.detail.versionOf', { number: 2 })).toBe('version 2');
    expect(i18n.getFixedT('zh')('agreements.history.kinds.clause_added')).toBe('新增条款');
  });
});
