import { describe, expect, it } from 'vitest';
import { paramSpecSchema } from './rule-spec';

const param = (extra: Record<string, unknown>) =>
  paramSpecSchema.safeParse({ type: 'decimal', zh: '值', en: 'value', ...extra });
const messages = (extra: Record<string, unknown>) => {
  const parsed = param(extra);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('a parameter spec', () => {
  it('takes a range of inclusive or strict bounds', () => {
    expect(param({ default: 15, exclusive_minimum: 0, maximum: 120 }).success).toBe(true);
    expect(param({ minimum: 0, maximum: 1 }).success).toBe(true);
    expect(messages({ minimum: 0, exclusive_minimum: 0 })).toEqual([
      'exclusive_minimum: one lower bound: minimum or exclusive_minimum',
    ]);
    expect(messages({ maximum: 1, exclusive_maximum: 1 })).toEqual([
      'exclusive_maximum: one upper bound: maximum or exclusive_maximum',
    ]);
    expect(messages({ minimum: 2, maximum: 1 })).toEqual([
      'maximum: the upper bound is below the lower bound',
    ]);
    expect(messages({ type: 'bool', minimum: 0 })).toEqual([
      'minimum: only int and decimal parameters have a minimum',
    ]);
  });

  it('takes a dated default: earlier values before their dates, ascending, real days', () => {
    expect(param({ default: 25, earlier_defaults: [{ before: '2025-07-01', value: 24 }] }).success).toBe(
      true,
    );
    expect(messages({ earlier_defaults: [{ before: '2025-07-01', value: 24 }] })).toEqual([
      'earlier_defaults: earlier_defaults need a default',
    ]);
    expect(
      messages({
        default: 25,
        earlier_defaults: [
          { before: '2025-07-01', value: 24 },
          { before: '2025-07-01', value: 23 },
        ],
      }),
    ).toEqual(['earlier_defaults.1.before: dates ascending, each once']);
    expect(messages({ default: 25, earlier_defaults: [{ before: '2025-02-30', value: 24 }] })).toEqual([
      'earlier_defaults.0.before: 2025-02-30 is not a calendar date',
    ]);
    expect(
      messages({
        type: 'list<string>',
        default: ['a'],
        earlier_defaults: [{ before: '2025-07-01', value: ['b'] }],
      }),
    ).toEqual(['earlier_defaults: a list parameter cannot be dated']);
  });
});
