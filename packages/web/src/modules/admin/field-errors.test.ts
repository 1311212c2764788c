import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { fieldErrors } from './field-errors';

const validationError = new ApiError({
  status: 400,
  code: 'VALIDATION_FAILED',
  messages: { zh: '提交的数据不符合要求', en: 'The submitted data is not valid' },
  issues: [
    { path: ['username'], zh: '只能包含字母和数字', en: 'Letters and digits only' },
    { path: ['username'], zh: '至少 3 个字符', en: 'At least 3 characters' },
    { path: ['password'], zh: '密码太短', en: 'The password is too short' },
    { path: [], zh: '区干部的辖区必须是区', en: 'A district officer needs a district' },
    { path: ['unknown', 0], zh: '未知字段', en: 'Unknown field' },
  ],
});

describe('fieldErrors', () => {
  it('puts each issue under its field, in the chosen language', () => {
    expect(fieldErrors(validationError, ['username', 'password'], 'zh').byField).toEqual([
      { field: 'username', errors: ['只能包含字母和数字', '至少 3 个字符'] },
      { field: 'password', errors: ['密码太短'] },
    ]);
    expect(fieldErrors(validationError, ['password'], 'en').byField).toEqual([
      { field: 'password', errors: ['The password is too short'] },
    ]);
  });

  it('keeps issues without a matching field for the top of the form', () => {
    expect(fieldErrors(validationError, ['username', 'password'], 'en').general).toEqual([
      'A district officer needs a district',
      'Unknown field',
    ]);
  });

  it('has nothing to place for errors that are not API errors', () => {
    expect(fieldErrors(new Error('boom'), ['username'], 'zh')).toEqual({ byField: [], general: [] });
  });
});
