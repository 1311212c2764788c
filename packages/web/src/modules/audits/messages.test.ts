import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { emptyTexts, keyPaths } from '../../i18n/keys';
import { en, zh } from './messages';
import { registerAuditMessages } from './register-messages';

const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const textAt = (resources: object, path: string) =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], resources) as string;

describe('audit texts', () => {
  it('has the same keys and variables in Chinese and English, none empty', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(zh).sort());
    expect(emptyTexts(zh)).toEqual([]);
    expect(emptyTexts(en)).toEqual([]);
    for (const path of keyPaths(zh))
      expect(variables(textAt(en, path)), path).toEqual(variables(textAt(zh, path)));
  });

  it('is found under audits. once registered', () => {
    registerAuditMessages();
    expect(i18n.getFixedT('en')('audits.case.opened', { number: 'C-1' })).toBe('Case C-1 opened');
    expect(i18n.getFixedT('zh')('audits.states.disputed')).toBe('平台异议');
  });
});
