import { datasetKinds, industries } from '@gigpact/contracts';
import { z } from 'zod';

/**
 * A rule as plain, serialisable data: library rules and the custom `check:` of a clause share this shape.
 * Expressions are strings in the CEL-compatible rule language (docs/rule-language.md).
 */
export const paramTypes = ['int', 'decimal', 'bool', 'string', 'list<string>', 'list<int>'] as const;
export type ParamType = (typeof paramTypes)[number];

const scalarValue = z.union([z.string(), z.number(), z.boolean()]);
export const paramValueSchema = z.union([scalarValue, z.array(scalarValue)]);
export type ParamValue = z.infer<typeof paramValueSchema>;

export const paramSpecSchema = z.object({
  type: z.enum(paramTypes),
  default: paramValueSchema.optional(),
  zh: z.string(),
  en: z.string(),
  /** Where the default comes from: S-numbers of sources.md, or `negotiated`. */
  sources: z.array(z.string()).default([]),
});
export type ParamSpec = z.infer<typeof paramSpecSchema>;

const expression = z.string().min(1);

export const ruleSpecSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9_.-]+$/),
    industry: z.enum(industries).optional(),
    dataset: z.enum(datasetKinds),
    title_zh: z.string().optional(),
    title_en: z.string().optional(),
    liable: z.string().default('platform'),
    sources: z.array(z.string()).default([]),
    params: z.record(z.string(), paramSpecSchema).default({}),
    /** Optional columns and what an absent column (or an empty value) counts as; null means "none". */
    optional: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).default({}),
    /** Which rows the rule looks at at all, e.g. `status == "delivered"`. */
    filter: expression.optional(),
    /** Named row-level values, in order; later ones may use earlier ones. */
    let: z.record(z.string(), expression).default({}),
    shape: z.enum(['row', 'group', 'blocks']),
    group: z
      .object({
        by: z.array(z.string()).min(1),
        measures: z.record(z.string(), expression),
        let: z.record(z.string(), expression).default({}),
        /** Keep only ISO weeks on each of whose 7 days the dataset has rows. */
        complete_weeks: z.boolean().default(false),
      })
      .optional(),
    blocks: z
      .object({
        start: z.string(),
        end: z.string(),
        /** Minutes from the latest end so far to the next start that begin a new block. */
        gap_minutes: expression,
      })
      .optional(),
    violation: expression,
    amount: expression.optional(),
  })
  .superRefine((spec, ctx) => {
    if (spec.shape === 'group' && !spec.group)
      ctx.addIssue({ code: 'custom', path: ['group'], message: 'group rules need `group`' });
    if (spec.shape === 'blocks' && !spec.blocks)
      ctx.addIssue({ code: 'custom', path: ['blocks'], message: 'block rules need `blocks`' });
  });

export type RuleSpecInput = z.input<typeof ruleSpecSchema>;
export type RuleSpec = z.output<typeof ruleSpecSchema>;
