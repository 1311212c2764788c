import type { Language } from '@gigpact/contracts';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { auditKeys, getPlatformNames } from './api';

/** A platform's name in the reader's language from its code; the code while names load or when unknown. */
export type PlatformLabel = (code: string | null) => string;

/** The platforms' names, asked for once per session. */
export function usePlatformLabel(language: Language): PlatformLabel {
  const names = useQuery({
    queryKey: auditKeys.platformNames,
    queryFn: getPlatformNames,
    staleTime: Infinity,
  });
  const items = names.data?.items;
  // One function while the names and the language stay, so that what is computed from the labels is kept.
  return useCallback((code) => platformLabel(code, items ?? [], language), [items, language]);
}

export function platformLabel(
  code: string | null,
  names: readonly { code: string; zh: string; en: string }[],
  language: Language,
): string {
  if (!code) return '—';
  return names.find((p) => p.code === code)?.[language] ?? code;
}
