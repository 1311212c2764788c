import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { emptyTexts, keyPaths, textAt, textVariables } from '../../i18n/keys';
import { en, zh } from './messages';
import { registerAuditMessages } from './register-messages';

describe('audit texts', () => {
  it('has the same keys and variables in Chinese and English, none empty', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(zh).sort());
    expect(emptyTexts(zh)).toEqual([]);
    expect(emptyTexts(en)).toEqual([]);
    for (const path of keyPaths(zh))
      expect(textVariables(textAt(en, path)), path).toEqual(textVariables(textAt(zh, path)));
  });

  it('is found under audits. once registered', () => {
    registerAuditMessages();
    expect(i18n.getFixedT('en')('audits.case.opened', { number: 'C-1' })).toBe('Case C-1 opened');
    expect(i18n.getFixedT('zh')('audits.states.disputed')).toBe('平台异议');
  });
});
