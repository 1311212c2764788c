import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { strictQueryValidatorCompiler } from './strict-query';

const compile = (httpPart: string, schema: z.ZodType) =>
  strictQueryValidatorCompiler({ schema, method: 'GET', url: '/api/x', httpPart });

describe('strictQueryValidatorCompiler', () => {
  const query = z.object({ page: z.coerce.number().int().min(1).optional() });

  it('refuses a query parameter the route does not declare', () => {
    const validate = compile('querystring', query);
    expect(validate({ page: '2' })).toEqual({ value: { page: 2 } });
    const refused = validate({ page: '2', pgae: '3' }) as {
      error: { instancePath: string; message: string }[];
    };
    expect(refused.error.map(({ instancePath, message }) => ({ instancePath, message }))).toEqual([
      {
        instancePath: '/pgae',
        message:
          '不是此处可用的查询参数（可用：page） / not a query parameter this address takes (it takes: page)',
      },
    ]);
  });

  it('leaves bodies and path parameters as their schemas say', () => {
    const validate = compile('body', query);
    expect(validate({ page: 2, extra: true })).toEqual({ value: { page: 2 } });
  });

  it('answers what the route declares without the parameters it does not take', () => {
    const validate = compile('querystring', query.extend({ q: z.string().default('') }));
    expect(validate({})).toEqual({ value: { q: '' } });
    expect(validate({ page: 'x', pgae: '3' })).toHaveProperty('error');
  });

  it('refuses at compile time a query string that is not declared as an object', () => {
    expect(() => compile('querystring', z.string())).toThrow(
      'GET /api/x: a query string is declared as a zod object',
    );
  });
});
