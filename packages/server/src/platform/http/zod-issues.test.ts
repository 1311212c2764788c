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

  it('say in Chinese the limit the English says', () => {
    const schema = z.object({
      password: z.string().min(10),
      name: z.string().max(80),
      code: z.string().length(6),
      page: z.number().int().min(1),
      share: z.number().positive(),
      rate: z.number().lt(1),
      tags: z.array(z.string()).min(1).max(3),
    });
    const issues = issuesOf(schema, {
      password: 'short',
      name: 'x'.repeat(81),
      code: 'abc',
      page: 0,
      share: 0,
      rate: 2,
      tags: [],
    });
    expect(issues.map((i) => i.zh)).toEqual([
      'password：太短：应至少 10 个字符',
      'name：太长：应至多 80 个字符',
      'code：太短：应恰好 6 个字符',
      'page：太小：应 ≥ 1',
      'share：太小：应 > 0',
      'rate：太大：应 < 1',
      'tags：太少：应至少 1 项',
    ]);
    expect(issues[0]!.en).toBe('password: Too small: expected string to have >=10 characters');
  });

  it('say in Chinese the expected and the received type', () => {
    const schema = z.object({
      district: z.string(),
      count: z.number(),
      flag: z.boolean(),
      list: z.array(z.string()),
    });
    const issues = issuesOf(schema, { district: ['310118'], count: 'three', list: {} });
    expect(issues.map((i) => i.zh)).toEqual([
      'district：类型不正确：应为字符串，实际为数组',
      'count：类型不正确：应为数字，实际为字符串',
      'flag：缺少此项（应为布尔值 true/false）',
      'list：类型不正确：应为数组，实际为对象',
    ]);
    expect(issues[0]!.en).toBe('district: Invalid input: expected string, received array');
  });

  it('say in Chinese that a whole number is expected', () => {
    const [issue] = issuesOf(z.object({ workersAffected: z.number().int() }), { workersAffected: 1.5 });
    expect(issue!.zh).toBe('workersAffected：应为整数，实际为带小数的数');
    expect(issue!.en).toMatch(/expected int/);
  });

  it('say in Chinese which values, keys and forms are allowed', () => {
    const schema = z.strictObject({
      role: z.enum(['worker', 'mediator']),
      kind: z.literal('complaint'),
      id: z.uuid(),
      day: z.iso.date(),
      step: z.number().multipleOf(5),
    });
    const issues = issuesOf(schema, {
      role: 'king',
      kind: 'x',
      id: 'no',
      day: '2025-13-01',
      step: 7,
      extra: 1,
    });
    expect(issues.map((i) => i.zh)).toEqual([
      'role：不是允许的取值，应为以下之一："worker"、"mediator"',
      'kind：不是允许的取值，应为 "complaint"',
      'id：格式不正确：应为 UUID',
      'day：格式不正确：应为日期（YYYY-MM-DD）',
      'step：应为 5 的倍数',
      '请求：包含不认识的字段："extra"',
    ]);
  });

  it('read the same facts from the issues fastify reports', () => {
    const [issue] = toFieldIssues(
      [
        {
          keyword: 'too_small',
          instancePath: '/password',
          message: 'Too small: expected string to have >=10 characters',
          params: { origin: 'string', minimum: 10, inclusive: true },
        },
      ],
      'body',
    );
    expect(issue).toEqual({
      path: ['body', 'password'],
      zh: 'password：太短：应至少 10 个字符',
      en: 'password: Too small: expected string to have >=10 characters',
    });
  });
});
