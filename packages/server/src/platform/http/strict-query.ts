import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { ZodObject, type ZodType } from 'zod';

/**
 * The zod validator, with every query string held to the parameters its route declares: a parameter a route does
 * not take (a misspelt filter such as `platfrom=eleme`) is refused, named, in both languages with the parameters
 * the route does take, instead of being dropped and the list answered unfiltered. A route's query string is
 * therefore declared as a zod object; anything else is a programming error, reported when the route is compiled
 * (at start-up).
 */
export const strictQueryValidatorCompiler: FastifySchemaCompiler<ZodType> = (route) => {
  const { schema } = route;
  if (route.httpPart !== 'querystring') return validatorCompiler(route);
  if (!(schema instanceof ZodObject)) {
    throw new Error(`${route.method} ${route.url}: a query string is declared as a zod object`);
  }
  const declared = Object.keys(schema.shape);
  const taken = declared.length ? declared.join(', ') : '—';
  const held = schema.loose().superRefine((query, context) => {
    for (const name of Object.keys(query)) {
      if (declared.includes(name)) continue;
      context.addIssue({
        code: 'custom',
        path: [name],
        message: `不是此处可用的查询参数（可用：${taken}） / not a query parameter this address takes (it takes: ${taken})`,
      });
    }
  });
  return validatorCompiler({ ...route, schema: held });
};
