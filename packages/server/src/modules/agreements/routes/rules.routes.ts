import { datedDefaultOf, ruleLibrary, type LibraryRule, type LibraryRuleParam } from '@gigpact/contracts';
import {
  describeClause,
  libraryParamRangeOf,
  libraryRules,
  planRule,
  RuleError,
  type RuleSpec,
} from '@gigpact/rules';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/**
 * The standard rule library: what each rule checks and the parameters it takes, each with its allowed range and,
 * when it changed over time, its default by date. Public, like the agreements in force that use it — disclosing
 * the rules is part of the agreements.
 */
export const ruleLibraryRoutes: FastifyPluginAsyncZod = async (app) => {
  // The library does not change while the server runs: put in words once, when first asked for.
  let library: { items: LibraryRule[] } | undefined;
  app.get(
    '/api/public/rules',
    {
      schema: {
        tags: ['public'],
        summary: '标准规则库 / the standard rule library',
        response: { 200: ruleLibrary },
      },
    },
    async () => (library ??= { items: libraryRules.map(libraryRuleView) }),
  );
};

/** A library rule as the rule library shows it: the rule, its parameters' ranges and dated defaults, in words. */
function libraryRuleView(rule: RuleSpec): LibraryRule {
  const params = Object.fromEntries(
    Object.entries(rule.params).map(([name, spec]): [string, LibraryRuleParam] => [
      name,
      { ...spec, range: libraryParamRangeOf(spec), datedDefault: datedDefaultOf(spec) },
    ]),
  );
  return { ...rule, params, explanation: explanationOf(rule) };
}

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
