import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { i18n } from '../../i18n';
import { registerAccountMessages } from './register-messages';
import { confirmationProblem, newPasswordProblem, passwordFormErrors, problemText } from './password-form';

describe('a new password in a form', () => {
  it('follows the server’s rules: 10 to 256 characters', () => {
    expect(newPasswordProblem(undefined)).toBe('required');
    expect(newPasswordProblem('')).toBe('required');
    expect(newPasswordProblem('123456789')).toBe('tooShort');
    expect(newPasswordProblem('1234567890')).toBeUndefined();
    expect(newPasswordProblem('x'.repeat(256))).toBeUndefined();
    expect(newPasswordProblem('x'.repeat(257))).toBe('tooLong');
  });

  it('differs from the current one, when the form asks for it', () => {
    expect(newPasswordProblem('same password', 'same password')).toBe('sameAsCurrent');
    expect(newPasswordProblem('new password!', 'old password!')).toBeUndefined();
    expect(newPasswordProblem('same password', '')).toBeUndefined();
  });

  it('is typed twice alike', () => {
    expect(confirmationProblem('a long password', undefined)).toBe('required');
    expect(confirmationProblem('a long password', 'a long passw0rd')).toBe('mismatch');
    expect(confirmationProblem('a long password', 'a long password')).toBeUndefined();
  });

  it('says each problem with its limits in both languages', () => {
    registerAccountMessages();
    const [key, values] = problemText('tooShort');
    expect(i18n.getFixedT('zh')(key, values)).toBe('密码至少 10 个字符');
    expect(i18n.getFixedT('en')(...problemText('tooLong'))).toBe('At most 256 characters');
  });
});

describe('the server’s objections to a password form', () => {
  const refusal = new ApiError({
    status: 400,
    code: 'VALIDATION_FAILED',
    messages: { zh: '提交的数据不符合要求', en: 'The submitted data is not valid' },
    issues: [
      { path: ['currentPassword'], zh: '当前密码不正确', en: 'the current password is wrong' },
      {
        path: ['body', 'newPassword'],
        zh: 'newPassword：太短：应至少 10 个字符',
        en: 'newPassword: Too small',
      },
      { path: ['body', 'other'], zh: '别的', en: 'other' },
    ],
  });

  it('stand under the field they name, with or without the body before it', () => {
    expect(passwordFormErrors(refusal, 'zh').byField).toEqual([
      { field: 'currentPassword', errors: ['当前密码不正确'] },
      { field: 'newPassword', errors: ['newPassword：太短：应至少 10 个字符'] },
    ]);
    expect(passwordFormErrors(refusal, 'en').general).toEqual(['other']);
  });

  it('are none for an error that is not the server’s', () => {
    expect(passwordFormErrors(new Error('offline'), 'zh')).toEqual({ byField: [], general: [] });
  });
});
