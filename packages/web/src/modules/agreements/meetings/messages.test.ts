import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n';
import { expectMatchingTexts } from '../../../i18n/expect-matching-texts';
import * as form from '../form/messages';
import { registerAgreementMessages } from '../register-messages';
import * as meetings from './messages';

describe('clause form and meeting texts', () => {
  for (const [name, { zh, en }] of Object.entries({ form, meetings })) {
    it(`${name}: the same keys and variables in Chinese and English, none empty`, () => {
      expectMatchingTexts(zh, en);
    });
  }

  it('is found under agreements.form and agreements.meetings beside the other agreement texts', () => {
    registerAgreementMessages();
    expect(i18n.getFixedT('en')('agreements.form.removeConfirm', { id: 'c04' })).toBe('Remove clause c04?');
    expect(i18n.getFixedT('zh')('agreements.meetings.tab')).toBe('恳谈会');
    expect(i18n.getFixedT('zh')('agreements.detail.clausesTab')).toBe('条款');
  });
});
