import type { Language } from '@gigpact/contracts';

const storageKey = 'gigpact.language';

/** The language chosen in this browser before sign-in; Chinese when nothing (or nothing valid) is stored. */
export function readStoredLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem(storageKey) === 'en' ? 'en' : 'zh';
  } catch {
    // Storage can be blocked (private mode, strict settings): Chinese is the right default then.
    return 'zh';
  }
}

export function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // Not remembering the choice is acceptable; failing the switch is not.
  }
}
