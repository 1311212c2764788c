import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zh } from './zh';
import { emptyTexts, keyPaths } from './keys';

describe('web texts', () => {
  it('has the same keys in Chinese and English', () => {
    const zhKeys = keyPaths(zh).sort();
    const enKeys = keyPaths(en).sort();
    expect(enKeys.filter((key) => !zhKeys.includes(key))).toEqual([]);
    expect(zhKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
    expect(zhKeys.length).toBeGreaterThan(50);
  });

  it('has no empty text in either language', () => {
    expect(emptyTexts(zh)).toEqual([]);
    expect(emptyTexts(en)).toEqual([]);
  });

  it('uses the same interpolation variables in both languages', () => {
    const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const textAt = (resources: object, path: string) =>
      path
        .split('.')
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], resources) as string;
    for (const path of keyPaths(zh)) {
      expect({ path, variables: variables(textAt(en, path)) }).toEqual({
        path,
        variables: variables(textAt(zh, path)),
      });
    }
  });

  it('detects a missing key, so the parity check can fail', () => {
    const { login: _login, ...withoutLogin } = en;
    expect(keyPaths(withoutLogin).length).toBeLessThan(keyPaths(zh).length);
    expect(emptyTexts({ a: { b: ' ' } })).toEqual(['a.b']);
  });
});
