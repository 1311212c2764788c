import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { expectMatchingTexts } from '../../i18n/expect-matching-texts';
import { en, zh } from './messages';
import { registerAuditMessages } from './register-messages';

describe('audit texts', () => {
  it('has the same keys and variables in Chinese and English, none empty', () => {
    expectMatchingTexts(zh, en);
  });

  it('is found under audits. once registered', () => {
    registerAuditMessages();
    expect(i18n.getFixedT('en')('audits.case.opened', { number: 'C-1' })).toBe('Case C-1 opened');
    expect(i18n.getFixedT('zh')('audits.states.disputed')).toBe('平台异议');
  });
});
