import { describe, expect, it } from 'vitest';
import { fontFamilyFor, themeFor } from './theme';

describe('the faces of each language', () => {
  it('puts the Chinese faces first in Chinese and the Latin faces first in English, each keeping the other', () => {
    const zh = fontFamilyFor('zh').split(', ');
    const en = fontFamilyFor('en').split(', ');
    expect(zh[0]).toBe('"PingFang SC"');
    expect(en[0]).toBe('-apple-system');
    expect(en.indexOf('Arial')).toBeLessThan(en.indexOf('"WenQuanYi Micro Hei"'));
    expect(zh.indexOf('"WenQuanYi Micro Hei"')).toBeLessThan(zh.indexOf('Arial'));
    expect([...zh].sort()).toEqual([...en].sort());
    expect(zh.at(-1)).toBe('sans-serif');
  });

  it('gives the theme the faces of the reader’s language and leaves the rest of it alone', () => {
    expect(themeFor('en').token?.fontFamily).toBe(fontFamilyFor('en'));
    expect(themeFor('zh').token?.fontFamily).toBe(fontFamilyFor('zh'));
    expect(themeFor('en').token?.colorPrimary).toBe(themeFor('zh').token?.colorPrimary);
  });
});
