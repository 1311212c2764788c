import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { expectMatchingTexts } from '../../i18n/expect-matching-texts';
import { eventKinds } from './labels';
import { en, zh } from './messages';
import { registerCaseMessages } from './register-messages';

describe('case texts', () => {
  it('has the same keys and variables in Chinese and English, none empty', () => {
    expectMatchingTexts(zh, en);
  });

  it('names every kind of timeline step', () => {
    expect(Object.keys(zh.timeline.kinds).sort()).toEqual([...eventKinds].sort());
  });

  it('is found under cases. once registered', () => {
    registerCaseMessages();
    expect(i18n.getFixedT('en')('cases.deadlines.workingDays', { count: 15 })).toBe('15 working days');
    expect(i18n.getFixedT('zh')('cases.letters.statuses.overdue')).toBe('逾期未答复');
  });
});
