// The TypeScript row evaluator (what a worker's phone runs) against json-rules-engine, the engine one would
// otherwise pick, on the same rule and rows: fd.no_late_money_penalty (late reason and a penalty above zero).
// Printed as a ratio measured in one run. Usage: npx tsx packages/rules/bench/row-evaluator.bench.ts
// [--evaluator-rows N] (50,000 by default; `npm run bench -- --rows N` sizes the other benchmarks only).
import { Engine } from 'json-rules-engine';
import { evaluatePlan, libraryRule, parseRow, planRule } from '../src/index';

const say = (line: string) => process.stdout.write(line + '\n');
const flag = process.argv.indexOf('--evaluator-rows');
const count = flag > 0 ? Number(process.argv[flag + 1]) : 50_000;
const rows = Array.from({ length: count }, (_, i) => ({
  order_id: `o${i}`,
  platform: 'eleme',
  rider_id: `r${i % 100}`,
  created_at: '2025-07-02 10:00',
  accepted_at: '2025-07-02 10:00',
  promised_at: '2025-07-02 10:30',
  delivered_at: '2025-07-02 10:40',
  distance_m: String((i * 37) % 4000),
  status: 'delivered',
  pay: '6.5',
  penalty: i % 7 === 0 ? '2' : '0',
  penalty_reason: i % 3 === 0 ? 'late' : 'other',
}));

const plan = planRule(libraryRule('fd.no_late_money_penalty'), { clauseId: 'c02' });
const start = performance.now();
const typed = rows.map((r, i) => parseRow('delivery_orders', r, i + 1));
const ours = evaluatePlan(plan, typed, { asOf: '2025-08-01' }).length;
const oursMs = performance.now() - start;

const engine = new Engine();
engine.addRule({
  conditions: {
    all: [
      { fact: 'status', operator: 'equal', value: 'delivered' },
      { fact: 'penalty_reason', operator: 'equal', value: 'late' },
      { fact: 'penalty', operator: 'greaterThan', value: 0 },
    ],
  },
  event: { type: 'violation' },
});
const baseStart = performance.now();
let theirs = 0;
for (const row of rows) {
  const { events } = await engine.run({ ...row, penalty: Number(row.penalty) });
  theirs += events.length;
}
const theirsMs = performance.now() - baseStart;

if (ours !== theirs) throw new Error(`the engines disagree: ${ours} vs ${theirs} findings`);
say(`rows: ${count.toLocaleString()}, findings: ${ours.toLocaleString()} (both engines)`);
say(`gigpact evaluator (exact decimals, with traces)   ${oursMs.toFixed(0).padStart(7)} ms`);
say(`json-rules-engine (floats, no traces)             ${theirsMs.toFixed(0).padStart(7)} ms`);
say(`ratio gigpact / json-rules-engine: ${(oursMs / theirsMs).toFixed(2)}×`);
