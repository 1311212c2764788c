import { expect } from 'vitest';
import { emptyTexts, keyPaths, textAt, textVariables } from './keys';

/**
 * A module's texts in both languages (for its unit test): the same keys, the same interpolation variables under
 * each key, and no empty text but the ones named in `empty` (texts meant to show nothing, such as a unit-less
 * figure's unit).
 */
export function expectMatchingTexts(zh: object, en: object, empty: readonly string[] = []): void {
  expect(keyPaths(en).sort()).toEqual(keyPaths(zh).sort());
  expect(emptyTexts(zh)).toEqual(empty);
  expect(emptyTexts(en)).toEqual(empty);
  for (const path of keyPaths(zh))
    expect(textVariables(textAt(en, path)), path).toEqual(textVariables(textAt(zh, path)));
}
