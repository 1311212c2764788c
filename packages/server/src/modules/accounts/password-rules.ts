import type { FieldIssue } from '@gigpact/contracts';
import { errors } from '../../platform/http/errors';
import { maximumPasswordLength, minimumPasswordLength } from '../../platform/security/passwords';

/**
 * The rules of a new password, the same wherever it is set (creation, a change, a reset, the command line): at
 * least ten characters and at most 256. `field` names the field in the issue.
 */
export function passwordIssues(password: string, field: string): FieldIssue[] {
  if (password.length < minimumPasswordLength) {
    return [
      {
        path: [field],
        zh: `密码至少 ${minimumPasswordLength} 个字符`,
        en: `the password needs at least ${minimumPasswordLength} characters`,
      },
    ];
  }
  if (password.length > maximumPasswordLength) {
    return [
      {
        path: [field],
        zh: `密码至多 ${maximumPasswordLength} 个字符`,
        en: `the password may have at most ${maximumPasswordLength} characters`,
      },
    ];
  }
  return [];
}

/** Throws the bilingual validation error of a password that breaks the rules. */
export function checkPasswordRules(password: string, field: string): void {
  const issues = passwordIssues(password, field);
  if (issues.length) throw errors.validation(issues);
}
