import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadAgreement } from './agreement/load';
import { planAgreement } from './compile/compile-agreement';
import { planRule } from './compile/plan';
import { ruleSpecSchema } from './spec/rule-spec';

// The reference's examples are real: the agreement loads and checks, the rule example compiles.
const doc = readFileSync(path.resolve(import.meta.dirname, '../../../docs/rule-language.md'), 'utf8');
const yamlBlocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('docs/rule-language.md', () => {
  it('has an agreement example that loads and type-checks', () => {
    const agreement = loadAgreement(yamlBlocks[0]!, 'rule-language.md');
    expect(planAgreement(agreement).map((c) => c.status)).toEqual(['applicable', 'applicable', 'text_only']);
  });

  it('has a rule example that compiles', () => {
    const rule = ruleSpecSchema.parse(parse(yamlBlocks[1]!));
    expect(planRule(rule, { clauseId: 'doc' }).violation.type).toBe('bool');
  });
});
