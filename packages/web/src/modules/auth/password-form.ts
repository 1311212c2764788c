import { passwordLength, type Language } from '@gigpact/contracts';
import { ApiError } from '../../api/api-error';

/** What can be wrong with a new password before it is sent: the server's rules, and the form's own. */
export type PasswordProblem = 'required' | 'tooShort' | 'tooLong' | 'sameAsCurrent' | 'mismatch';

/** The first problem of a new password, by the rules every password follows (`passwordLength`). */
export function newPasswordProblem(next: string | undefined, current?: string): PasswordProblem | undefined {
  if (!next) return 'required';
  if (next.length < passwordLength.min) return 'tooShort';
  if (next.length > passwordLength.max) return 'tooLong';
  if (current !== undefined && current !== '' && next === current) return 'sameAsCurrent';
  return undefined;
}

/** The problem of the repeated new password: it must be there, and be the same. */
export function confirmationProblem(
  next: string | undefined,
  confirm: string | undefined,
): PasswordProblem | undefined {
  if (!confirm) return 'required';
  return confirm === next ? undefined : 'mismatch';
}

/** The i18n key and variables of a problem's text, under `account.problems.`. */
export function problemText(problem: PasswordProblem): [key: string, values: Record<string, number>] {
  return [`account.problems.${problem}`, { min: passwordLength.min, max: passwordLength.max }];
}

/** The password fields a form may show the server's objections under. */
export type PasswordField = 'currentPassword' | 'newPassword';
const passwordFields: readonly PasswordField[] = ['currentPassword', 'newPassword'];

/**
 * The server's objections to a password form, each under its field (the server names a field as `newPassword`,
 * or as `body.newPassword` when its schema refused it), and the rest, with its message, for the top of the form.
 */
export function passwordFormErrors(
  error: unknown,
  language: Language,
): { byField: { field: PasswordField; errors: string[] }[]; general: string[] } {
  if (!(error instanceof ApiError)) return { byField: [], general: [] };
  const byField = new Map<PasswordField, string[]>();
  const general: string[] = [];
  for (const issue of error.issues) {
    const text = language === 'en' ? issue.en : issue.zh;
    const steps = issue.path[0] === 'body' ? issue.path.slice(1) : issue.path;
    const field = passwordFields.find((name) => steps.length === 1 && steps[0] === name);
    if (field) byField.set(field, [...(byField.get(field) ?? []), text]);
    else general.push(text);
  }
  return { byField: [...byField].map(([field, errors]) => ({ field, errors })), general };
}
