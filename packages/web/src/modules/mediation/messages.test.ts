import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { emptyTexts, keyPaths } from '../../i18n/keys';
import { en, zh } from './messages';
import { registerMediationMessages } from './register-messages';

const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const textAt = (resources: object, path: string) =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], resources) as string;

describe('mediation texts', () => {
  it('has the same keys and variables in Chinese and English, none empty', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(zh).sort());
    expect(emptyTexts(zh)).toEqual([]);
    expect(emptyTexts(en)).toEqual([]);
    for (const path of keyPaths(zh))
      expect(variables(textAt(en, path)), path).toEqual(variables(textAt(zh, path)));
  });

  it('is found under mediation. once registered', () => {
    registerMediationMessages();
    expect(i18n.getFixedT('en')('mediation.smallClaim.settled', { number: 'X-1' })).toBe(
      'Agreement reached: X-1',
    );
    expect(i18n.getFixedT('zh')('mediation.outcome.kinds.failed')).toBe('调解不成');
  });
});
