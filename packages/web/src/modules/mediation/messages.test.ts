import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { expectMatchingTexts } from '../../i18n/expect-matching-texts';
import { en, zh } from './messages';
import { registerMediationMessages } from './register-messages';

describe('mediation texts', () => {
  it('has the same keys and variables in Chinese and English, none empty', () => {
    expectMatchingTexts(zh, en);
  });

  it('is found under mediation. once registered', () => {
    registerMediationMessages();
    expect(i18n.getFixedT('en')('mediation.smallClaim.settled', { number: 'X-1' })).toBe(
      'Agreement reached: X-1',
    );
    expect(i18n.getFixedT('zh')('mediation.outcome.kinds.failed')).toBe('调解不成');
  });
});
