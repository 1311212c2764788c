import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n';
import { expectMatchingTexts } from '../../../i18n/expect-matching-texts';
import { en, zh } from './messages';
import { registerComplaintMessages } from './register-messages';

describe('complaint texts', () => {
  it('has the same keys and variables in Chinese and English, none empty', () => {
    expectMatchingTexts(zh, en);
  });

  it('is found under complaints. once registered', () => {
    registerComplaintMessages();
    expect(i18n.getFixedT('en')('complaints.form.submitted', { number: 'N-1' })).toBe(
      'Complaint sent, number N-1',
    );
    expect(i18n.getFixedT('zh')('complaints.rules.district')).toBe('请选择所在区');
  });
});
