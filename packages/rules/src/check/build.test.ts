import { describe, expect, it } from 'vitest';
import { RuleError } from '../errors';
import type { ValueType } from '../ir/types';
import { buildExpression } from './build';
import { Scope } from './scope';

const scope = (available?: string[], optional: Record<string, number | null> = {}) =>
  new Scope(
    'delivery_orders',
    new Map<string, ValueType>([
      ['cap', 'decimal'],
      ['reasons', 'list<string>'],
    ]),
    optional,
    available ? new Set(available) : undefined,
  );

function errorOf(text: string): RuleError {
  try {
    buildExpression(text, scope(), 'violation');
  } catch (error) {
    if (error instanceof RuleError) return error;
    throw error;
  }
  throw new Error('expected a RuleError');
}

describe('type checker', () => {
  it('types arithmetic with numeric promotion and exact division', () => {
    const node = buildExpression('distance_m / 1000 / 15 * 60 + 5', scope(), 'x');
    expect(node.type).toBe('decimal');
    expect(buildExpression('distance_m + 1', scope(), 'x').type).toBe('int');
    expect(buildExpression('pay > cap && penalty_reason in ["late", "other"]', scope(), 'x').type).toBe(
      'bool',
    );
    expect(buildExpression('delay_reason in reasons', scope(), 'x').kind).toBe('inList');
  });

  it('names the position of an unknown column and lists the real ones', () => {
    const e = errorOf('pay > 0 && bonus_paid > 0');
    expect(e.location.offset).toBe(11);
    expect(e.en).toMatch(/unknown name bonus_paid \(columns of delivery_orders: order_id/);
    expect(e.message).toContain('^');
  });

  it('offers the column or parameter an unknown name is spelt like', () => {
    const e = errorOf('pay > 0 && pennalty > 0');
    expect(e.location.offset).toBe(11);
    expect(e.en).toBe('unknown name pennalty — did you mean penalty?');
    expect(e.zh).toBe('未知名称 pennalty，是否指 penalty？');
    expect(errorOf('delay_reason in reasns').en).toBe('unknown name reasns — did you mean reasons?');
  });

  it('lists the functions the language has beside an unknown one, and where aggregates belong', () => {
    const e = errorOf('count_if(penalty > 0) > 3');
    expect(e.en).toBe(
      "unknown function count_if (functions: abs, add_days, add_minutes, coalesce, date, day, has, max_of, min_of, minutes_between, month, timestamp, week; aggregates (avg, count, count_distinct, max, min, quantile, share, sum, working_minutes) belong in a group rule's measures)",
    );
    expect(e.zh).toMatch(
      /^未知函数 count_if（函数：abs, .*；聚合（avg, .*）只能用在分组规则的 measures 中）$/,
    );
  });

  it('rejects mixed types, enum typos and null comparisons', () => {
    expect(errorOf('accepted_at + 5').en).toMatch(/needs two numbers/);
    expect(errorOf('penalty_reason == "lat"').en).toMatch(/"lat" is not a value of penalty_reason/);
    expect(errorOf('penalty == null').en).toMatch(/use has\(\)/);
    expect(errorOf('sum(pay) > 1').en).toMatch(/group rule's measures/);
    expect(errorOf('pay >').en).toMatch(/syntax error/);
  });

  it('refuses a date or time literal the calendar does not have, at its offset', () => {
    const e = errorOf('day(accepted_at) > date("2025-02-30")');
    expect(e.en).toBe('invalid date: 2025-02-30');
    expect(e.location.offset).toBe(24);
    expect(errorOf('accepted_at > timestamp("2025-09-31 10:00")').en).toBe(
      'invalid timestamp: 2025-09-31 10:00',
    );
    expect(errorOf('accepted_at > timestamp("2025-09-30 24:00")').en).toBe(
      'invalid timestamp: 2025-09-30 24:00',
    );
    expect(buildExpression('day(accepted_at) > date("2024-02-29")', scope(), 'x').type).toBe('bool');
  });

  it('reads an absent optional column as its default and records an absent needed column', () => {
    const s = scope(['pay', 'status', 'accepted_at'], { penalty: 0 });
    const node = buildExpression('pay - penalty > distance_m', s, 'x');
    expect(node.type).toBe('bool');
    expect([...s.missingColumns]).toEqual(['distance_m']);
    expect(JSON.stringify(node)).toContain('{"kind":"literal","type":"decimal","value":"0"}');
  });
});
