import type { PlatformNamesView, Language } from '@gigpact/contracts';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { listPlatformNames } from '../api/registry';

/** A platform's name in the reader's language from its code; the code while names load or when unknown. */
export type PlatformLabel = (code: string | null) => string;

const platformNamesKey = ['platform-names'] as const;

/** The registry's platforms with their names, asked for once per session. */
export function usePlatformNames(): PlatformNamesView['items'] {
  const names = useQuery({ queryKey: platformNamesKey, queryFn: listPlatformNames, staleTime: Infinity });
  return names.data?.items ?? noPlatforms;
}
const noPlatforms: PlatformNamesView['items'] = [];

/** A platform's name from its code, the same function while the names and the language stay. */
export function usePlatformLabel(language: Language): PlatformLabel {
  const items = usePlatformNames();
  // One function while the names and the language stay, so that what is computed from the labels is kept.
  return useCallback((code) => platformLabel(code, items, language), [items, language]);
}

export function platformLabel(
  code: string | null,
  names: readonly { code: string; zh: string; en: string }[],
  language: Language,
): string {
  if (!code) return '—';
  return names.find((p) => p.code === code)?.[language] ?? code;
}

/**
 * A platform's name in the reader's language from the name a record gives (a case gives only the Chinese one),
 * looked up among the registry's platforms by either name or code; a name the registry does not know is kept.
 */
export function platformLabelOfName(
  name: string | null,
  names: readonly { code: string; zh: string; en: string }[],
  language: Language,
): string {
  if (!name) return '—';
  const found = names.find((p) => p.zh === name || p.en === name || p.code === name);
  return found ? found[language] : name;
}
