import { describeClause, libraryRules, planRule, RuleError, type RuleSpec } from '@gigpact/rules';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
/**
 * The standard rule library: what each rule checks and the parameters it takes. Public, like the agreements in
 * force that use it — disclosing the rules is part of the agreements.
 */
export const ruleLibraryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/public/rules',
    {
      schema: {
        tags: ['public'],
        summary: '标准规则库 / the standard rule library',
        response: { 200: z.object({ items: z.array(z.record(z.string(), z.unknown())) }) },
      },
    },
    async () => {
      return {
        items: libraryRules.map(
          (rule) => ({ ...rule, explanation: explanationOf(rule) }) as Record<string, unknown>,
        ),
      };
    },
  );
};

/**
 * What a rule checks in words, with its default parameters: the words the clause editor shows for a clause that
 * uses the rule as it stands. Null when the rule has a parameter without a default (every agreement sets it).
 */
function explanationOf(rule: RuleSpec): { zh: string; en: string } | null {
  try {
    const { zh, en } = describeClause(planRule(rule, { clauseId: rule.id }));
    return { zh, en };
  } catch (error) {
    if (error instanceof RuleError) return null;
    throw error;
  }
}
