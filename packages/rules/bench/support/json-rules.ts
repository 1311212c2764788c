import { Engine, type Almanac } from 'json-rules-engine';

/** One order as json-rules-engine sees it: the Parquet row with timestamps as epoch milliseconds. */
export type OrderFacts = Record<string, string | number | boolean | null>;

const delivered = [
  { fact: 'status', operator: 'equal', value: 'delivered' },
  { fact: 'accepted_at', operator: 'greaterThanInclusive', value: Date.parse('2025-05-01T00:00:00Z') },
];
const penalised = (reason: string) => [
  { fact: 'penalty_reason', operator: 'equal', value: reason },
  { fact: 'penalty', operator: 'greaterThan', value: 0 },
];
const minutesBetween = (from: string, to: string) => async (_: unknown, almanac: Almanac) => {
  const [a, b] = await Promise.all([almanac.factValue<number>(from), almanac.factValue<number>(to)]);
  return a === null || b === null ? null : (b - a) / 60_000;
};

/**
 * The agreement's row clauses (c01–c04, c06, c09, c12) for json-rules-engine, the most used JavaScript rules
 * engine: conditions on the row's facts, derived minutes as dynamic facts, floating-point numbers. Each rule's
 * event names its clause.
 */
export function jsonRulesEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addFact('merchant_wait_minutes', minutesBetween('arrived_merchant_at', 'merchant_ready_at'));
  engine.addFact('allowed_minutes', minutesBetween('accepted_at', 'promised_at'));
  engine.addFact('required_minutes', async (_: unknown, almanac: Almanac) => {
    const distance = await almanac.factValue<number>('distance_m');
    return (distance / 1000 / 15) * 60 + 5;
  });
  const rule = (clause: string, all: object[]) =>
    engine.addRule({ name: clause, conditions: { all } as never, event: { type: clause } });
  rule('c01', [
    ...delivered,
    ...penalised('late'),
    {
      any: [
        {
          fact: 'delay_reason',
          operator: 'in',
          value: ['weather', 'merchant', 'customer', 'traffic_control', 'access', 'vehicle'],
        },
        { fact: 'weather_alert_level', operator: 'greaterThanInclusive', value: 3 },
        { fact: 'merchant_wait_minutes', operator: 'greaterThan', value: 5 },
      ],
    },
  ]);
  rule('c02', [...delivered, ...penalised('late')]);
  rule('c03', [...delivered, { fact: 'fee_shown_before_accept', operator: 'equal', value: false }]);
  rule('c04', [
    ...delivered,
    { fact: 'weather_alert_level', operator: 'greaterThanInclusive', value: 2 },
    { fact: 'subsidy', operator: 'equal', value: 0 },
  ]);
  rule('c06', [
    ...delivered,
    { fact: 'allowed_minutes', operator: 'lessThan', value: { fact: 'required_minutes' } },
  ]);
  rule('c09', [...delivered, ...penalised('bad_review')]);
  rule('c12', [
    { fact: 'status', operator: 'equal', value: 'cancelled' },
    ...penalised('cancel'),
    { fact: 'delay_reason', operator: 'in', value: ['merchant', 'customer'] },
  ]);
  return engine;
}

/** Runs the engine over the rows one at a time (its unit of work) and counts findings per clause. */
export async function runJsonRules(
  engine: Engine,
  rows: readonly OrderFacts[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const { events } = await engine.run(row);
    for (const event of events) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
  }
  return counts;
}
