import type { Language } from '@gigpact/contracts';
import { ApiError } from '../../api/api-error';

/**
 * Splits the server's field issues into those a form can show under its own fields and the rest, which the
 * form shows at its top. An issue belongs to a field when the first step of its path names that field.
 */
export function fieldErrors<Field extends string>(
  error: unknown,
  fields: readonly Field[],
  language: Language,
): { byField: { field: Field; errors: string[] }[]; general: string[] } {
  if (!(error instanceof ApiError)) return { byField: [], general: [] };
  const byField = new Map<Field, string[]>();
  const general: string[] = [];
  for (const issue of error.issues) {
    const text = language === 'en' ? issue.en : issue.zh;
    const head = issue.path[0];
    const field = fields.find((name) => name === head);
    if (field) byField.set(field, [...(byField.get(field) ?? []), text]);
    else general.push(text);
  }
  return { byField: [...byField].map(([field, errors]) => ({ field, errors })), general };
}
