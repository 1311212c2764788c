import { RuleError } from '../errors';
import { ruleSpecSchema, type RuleSpec } from '../spec/rule-spec';
import { expressRules } from './express';
import { foodDeliveryRules } from './food-delivery';
import { freightRules } from './freight';
import { rideHailingRules } from './ride-hailing';

/** The standard rule library (rules.md v1), every rule written in the rule language. */
export const libraryRules: readonly RuleSpec[] = Object.freeze(
  [...foodDeliveryRules, ...expressRules, ...rideHailingRules, ...freightRules].map((r) =>
    Object.freeze(ruleSpecSchema.parse(r)),
  ),
);

export function libraryRule(id: string): RuleSpec {
  const rule = libraryRules.find((r) => r.id === id);
  if (!rule)
    throw new RuleError(
      `规则库中没有 ${id}`,
      `no library rule ${id} (known: ${libraryRules.map((r) => r.id).join(', ')})`,
      { rule: id },
    );
  return rule;
}
