import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { emptyTexts, keyPaths, textAt, textVariables } from '../../i18n/keys';
import { en, zh } from './messages';
import { registerMediationMessages } from './register-messages';

describe('mediation texts', () => {
  it('has the same keys and variables in Chinese and English, none empty', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(zh).sort());
    expect(emptyTexts(zh)).toEqual([]);
    expect(emptyTexts(en)).toEqual([]);
    for (const path of keyPaths(zh))
      expect(textVariables(textAt(en, path)), path).toEqual(textVariables(textAt(zh, path)));
  });

  it('is found under mediation. once registered', () => {
    registerMediationMessages();
    expect(i18n.getFixedT('en')('mediation.smallClaim.settled', { number: 'X-1' })).toBe(
      'Agreement reached: X-1',
    );
    expect(i18n.getFixedT('zh')('mediation.outcome.kinds.failed')).toBe('调解不成');
  });
});
