import { datasetKinds, industries } from '@gigpact/contracts';
import { z } from 'zod';
import { calendarDateProblem } from '../time';

/**
 * A rule as plain, serialisable data: library rules and the custom `check:` of a clause share this shape.
 * Expressions are strings in the CEL-compatible rule language (docs/rule-language.md).
 */
export const paramTypes = ['int', 'decimal', 'bool', 'string', 'list<string>', 'list<int>'] as const;
export type ParamType = (typeof paramTypes)[number];

const scalarValue = z.union([z.string(), z.number(), z.boolean()]);
export const paramValueSchema = z.union([scalarValue, z.array(scalarValue)]);
export type ParamValue = z.infer<typeof paramValueSchema>;

const dateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const paramSpecSchema = z
  .strictObject({
    type: z.enum(paramTypes),
    /** The default for every day; with `earlier_defaults`, the default from the last of their dates on. */
    default: paramValueSchema.optional(),
    /**
     * A default that changed over time (a dated default): each entry's value holds on the days before its date
     * (and on or after the previous entry's), `default` from the last date on. The compiler resolves it by each
     * row's day exactly as a dated value an agreement sets (`[{from, value}]`); the earliest value also holds on
     * every day before, so a dated default has a value on every day. Dates ascending, each once.
     */
    earlier_defaults: z
      .array(z.object({ before: dateText, value: paramValueSchema }))
      .min(1)
      .optional(),
    /**
     * The values that mean something (numeric parameters): `minimum` / `maximum` are inclusive bounds,
     * `exclusive_minimum` / `exclusive_maximum` strict ones (a speed is greater than 0, a share from 0 to 1). Every
     * value a clause sets, plain or dated, and every default must lie within them.
     */
    minimum: z.number().optional(),
    exclusive_minimum: z.number().optional(),
    maximum: z.number().optional(),
    exclusive_maximum: z.number().optional(),
    zh: z.string(),
    en: z.string(),
    /** Where the default comes from: S-numbers of sources.md, or `negotiated`. */
    sources: z.array(z.string()).default([]),
  })
  .superRefine((spec, ctx) => {
    const bounds = ['minimum', 'exclusive_minimum', 'maximum', 'exclusive_maximum'] as const;
    const numeric = spec.type === 'int' || spec.type === 'decimal';
    for (const bound of bounds)
      if (spec[bound] !== undefined && !numeric)
        ctx.addIssue({
          code: 'custom',
          path: [bound],
          message: `only int and decimal parameters have a ${bound}`,
          params: { zh: `只有 int 和 decimal 参数有 ${bound}` },
        });
    if (spec.minimum !== undefined && spec.exclusive_minimum !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['exclusive_minimum'],
        message: 'one lower bound: minimum or exclusive_minimum',
        params: { zh: '下限只能有一个：minimum 或 exclusive_minimum' },
      });
    if (spec.maximum !== undefined && spec.exclusive_maximum !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['exclusive_maximum'],
        message: 'one upper bound: maximum or exclusive_maximum',
        params: { zh: '上限只能有一个：maximum 或 exclusive_maximum' },
      });
    const lower = spec.minimum ?? spec.exclusive_minimum;
    const upper = spec.maximum ?? spec.exclusive_maximum;
    if (lower !== undefined && upper !== undefined && lower > upper)
      ctx.addIssue({
        code: 'custom',
        path: ['maximum'],
        message: 'the upper bound is below the lower bound',
        params: { zh: '上限低于下限' },
      });
    if (spec.earlier_defaults) {
      if (spec.default === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['earlier_defaults'],
          message: 'earlier_defaults need a default',
          params: { zh: '有 earlier_defaults 时须有 default' },
        });
      if (spec.type.startsWith('list<'))
        ctx.addIssue({
          code: 'custom',
          path: ['earlier_defaults'],
          message: 'a list parameter cannot be dated',
          params: { zh: '列表参数不能按日期取值' },
        });
      spec.earlier_defaults.forEach((entry, i) => {
        if (calendarDateProblem(entry.before))
          ctx.addIssue({
            code: 'custom',
            path: ['earlier_defaults', i, 'before'],
            message: `${entry.before} is not a calendar date`,
            params: { zh: `${entry.before} 不是日历上的日期` },
          });
        const previous = spec.earlier_defaults![i - 1];
        if (previous && previous.before >= entry.before)
          ctx.addIssue({
            code: 'custom',
            path: ['earlier_defaults', i, 'before'],
            message: 'dates ascending, each once',
            params: { zh: '日期须从早到晚，各出现一次' },
          });
      });
    }
  });
export type ParamSpec = z.infer<typeof paramSpecSchema>;

const expression = z.string().min(1);
const optionalValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const ruleSpecSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9_.-]+$/),
    industry: z.enum(industries).optional(),
    dataset: z.enum(datasetKinds),
    title_zh: z.string().optional(),
    title_en: z.string().optional(),
    liable: z.string().default('platform'),
    sources: z.array(z.string()).default([]),
    params: z.record(z.string(), paramSpecSchema).default({}),
    /**
     * Optional columns and what an absent column (or an empty value) counts as; null means "none". Written
     * `{ absent: value }`, only an absent column counts as the value: an empty value of a present column stays
     * empty (unknown), as data-model.md reads every empty value the data model does not give a meaning.
     */
    optional: z
      .record(z.string(), z.union([optionalValue, z.strictObject({ absent: optionalValue })]))
      .default({}),
    /** Which rows the rule looks at at all, e.g. `status == "delivered"`. */
    filter: expression.optional(),
    /** Named row-level values, in order; later ones may use earlier ones. */
    let: z.record(z.string(), expression).default({}),
    shape: z.enum(['row', 'group', 'blocks']),
    group: z
      .strictObject({
        by: z.array(z.string()).min(1),
        measures: z.record(z.string(), expression),
        let: z.record(z.string(), expression).default({}),
        /** Keep only ISO weeks on each of whose 7 days the dataset has rows. */
        complete_weeks: z.boolean().default(false),
        /**
         * A group is checked only where this holds (over measures, keys, group lets and parameters; empty counts
         * as checked): the others are outside the rule, neither checked nor findings, e.g. a rider-day shorter
         * than the least working minutes. The violation should imply it.
         */
        checked_when: expression.optional(),
      })
      .optional(),
    blocks: z
      .strictObject({
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
      ctx.addIssue({
        code: 'custom',
        path: ['group'],
        message: 'group rules need `group`',
        params: { zh: '分组规则（shape: group）需要 group' },
      });
    if (spec.shape === 'blocks' && !spec.blocks)
      ctx.addIssue({
        code: 'custom',
        path: ['blocks'],
        message: 'block rules need `blocks`',
        params: { zh: '分块规则（shape: blocks）需要 blocks' },
      });
  });

export type RuleSpecInput = z.input<typeof ruleSpecSchema>;
export type RuleSpec = z.output<typeof ruleSpecSchema>;
