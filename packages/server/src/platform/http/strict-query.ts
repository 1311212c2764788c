import type { FastifyInstance, FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z, ZodObject, type ZodType } from 'zod';

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
  const message = declared.length
    ? `不是此处可用的查询参数（可用：${declared.join(', ')}） / not a query parameter this address takes (it takes: ${declared.join(', ')})`
    : '此处不接受查询参数 / this address takes no query parameters';
  const held = schema.loose().superRefine((query, context) => {
    for (const name of Object.keys(query)) {
      if (!declared.includes(name)) context.addIssue({ code: 'custom', path: [name], message });
    }
  });
  return validatorCompiler({ ...route, schema: held });
};

/**
 * An API route that declares no query string takes none: it is given the empty one, so that a parameter sent to it
 * (`/api/public/scorecards?platform=eleme`, which it would not filter by) is refused like any other it does not
 * take. Installed before the routes are added.
 */
export function installStrictQueries(app: FastifyInstance): void {
  app.setValidatorCompiler(strictQueryValidatorCompiler);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    route.schema = { ...route.schema, querystring: route.schema?.querystring ?? z.object({}) };
  });
}
