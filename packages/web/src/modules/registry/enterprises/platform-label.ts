import type { EnterpriseSummary, Language } from '@gigpact/contracts';

/**
 * An enterprise's platform in the reader's language, by the platform's code; the name the server gave (Chinese)
 * while the names load or for a platform they do not hold.
 */
export function enterprisePlatformLabel(
  enterprise: Pick<EnterpriseSummary, 'platformCode' | 'platformName'>,
  names: readonly { code: string; zh: string; en: string }[],
  language: Language,
): string {
  return names.find((p) => p.code === enterprise.platformCode)?.[language] ?? enterprise.platformName;
}
