import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { toFieldIssues } from './zod-issues';

const issuesOf = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected the value to be refused');
  return toFieldIssues(parsed.error.issues);
};

describe('validation issues in both languages', () => {
  it('take a schema’s own message written 中文 / English, each in its language', () => {
    const schema = z.object({
      district: z.string().regex(/^\d{6}$/, '区代码（6 位数字） / a district code (6 digits)'),
    });
    expect(issuesOf(schema, { district: '青浦' })).toEqual([
      { path: ['district'], zh: 'district：区代码（6 位数字）', en: 'district: a district code (6 digits)' },
    ]);
  });

  it('never show a reader a regular expression', () => {
    const schema = z.object({ platform: z.string().regex(/^[a-z0-9_]+$/) });
    const [issue] = issuesOf(schema, { platform: 'Ele me' });
    expect(issue).toEqual({
      path: ['platform'],
      zh: 'platform：格式不正确',
      en: 'platform: not in the expected form',
    });
  });
});
