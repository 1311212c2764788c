import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { emptyTexts, keyPaths } from '../../i18n/keys';
import { en, zh } from './messages';
import { registerDataMessages } from './register-messages';

const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const textAt = (resources: object, path: string) =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], resources) as string;

describe('platform data texts', () => {
  it('has the same keys and variables in Chinese and English, none empty', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(zh).sort());
    expect(emptyTexts(zh)).toEqual([]);
    expect(emptyTexts(en)).toEqual([]);
    for (const path of keyPaths(zh))
      expect(variables(textAt(en, path)), path).toEqual(variables(textAt(zh, path)));
  });

  it('is found under data. once registered', () => {
    registerDataMessages();
    expect(i18n.getFixedT('en')('data.report.omitted', { count: 5 })).toBe(
      '5 more errors not listed (all are in the refused rows file).',
    );
    expect(i18n.getFixedT('zh')('data.tabs.upload')).toBe('上传数据');
  });
});
