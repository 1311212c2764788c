import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ScenarioOutcome } from '@gigpact/contracts';
import { developmentPseudonymKey, ingestDataset } from '@gigpact/datasets';
import { loadAgreement, type Agreement } from '@gigpact/rules';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAuditDatasets } from '../../audits/engine/load-datasets';
import { runAudit } from '../../audits/engine/run-audit';
import type { ScenarioChanges } from '../schema';
import { applyScenarioChanges } from './apply-changes';
import { scenarioOutcome } from './outcome';
import { asPaidView, payFormulaViews } from './pay-formula';

const dataDir = mkdtempSync(path.join(tmpdir(), 'gigpact-outcome-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const agreement: Agreement = loadAgreement(
  [
    'id: outcome-test',
    'title: 情景测试协议',
    'industry: food_delivery',
    'platform: meituan',
    'effective_from: 2025-09-01',
    'clauses:',
    '  - id: c05',
    '    title: 小时收入',
    '    text: 每小时收入不低于25元',
    '    rule: fd.min_hourly_pay',
    '    params: { min_hourly: 25, include_subsidies: true }',
    '  - { id: c09, title: 差评不扣款, text: 差评不扣款, rule: fd.bad_review_no_deduction }',
  ].join('\n'),
  'outcome-test.yaml',
);

const header =
  'order_id,platform,rider_id,rider_type,district,created_at,accepted_at,delivered_at,promised_at,distance_m,status,pay,subsidy,penalty,penalty_reason';

/** An order of 10 September 2025 in 黄浦区: its rider, times (HH:MM), distance, status, pay and penalty. */
const order = (
  id: string,
  rider: string,
  [from, to]: [string, string],
  distanceM: number,
  pay: string,
  { status = 'delivered', penalty = '0', reason = '' } = {},
) => {
  const at = (time: string) => `2025-09-10 ${time}:00`;
  const delivered = status === 'delivered' ? at(to) : '';
  return `${id},meituan,${rider},crowd,黄浦区,${at(from)},${at(from)},${delivered},${at(to)},${distanceM},${status},${pay},0,${penalty},${reason}`;
};

let files = 0;

/** The orders ingested and both versions audited and measured, as a scenario runs them. */
async function outcomesOf(
  orders: string[],
  changes: ScenarioChanges,
): Promise<{ baseline: ScenarioOutcome; scenario: ScenarioOutcome }> {
  const file = path.join(dataDir, `orders-${++files}.csv`);
  writeFileSync(file, [header, ...orders].join('\n') + '\n');
  const ingested = await ingestDataset(
    { path: file },
    { dataDir, kind: 'delivery_orders', pseudonymKey: developmentPseudonymKey },
  );
  const datasets = await loadAuditDatasets(dataDir, [ingested.datasetId!]);
  const changed = applyScenarioChanges(agreement, changes);
  if ('issues' in changed) throw new Error(JSON.stringify(changed.issues));
  const outcomes: ScenarioOutcome[] = [];
  for (const [version, change] of [
    [agreement, null],
    [changed.agreement, changes],
  ] as const) {
    const audit = await runAudit({
      agreement: version,
      datasets,
      asOf: '2025-12-31',
      repeatedRows: 'latest',
      redefineViews: payFormulaViews(version, change),
    });
    try {
      outcomes.push(await scenarioOutcome(audit.connection, version, audit.result.clauses, change));
    } finally {
      audit.close();
    }
  }
  return { baseline: outcomes[0]!, scenario: outcomes[1]! };
}

const clause = (outcome: ScenarioOutcome, id: string) => outcome.clauses.find((c) => c.clauseId === id)!;

describe('a scenario’s outcome', () => {
  it('audits the clauses over the pay a proposed pay formula gives, as its income and cost read it', async () => {
    // One rider-day of an hour: 3 km paid 8.00 (the formula, 5 + 3 × 3, gives 14.00), 1 km paid 10.00 less a
    // 2.00 deduction for a bad review (the formula gives 8.00: the order keeps its pay). A cancelled order is
    // not raised.
    const { baseline, scenario } = await outcomesOf(
      [
        order('A', 'r1', ['10:00', '10:30'], 3000, '8.00'),
        order('B', 'r1', ['10:30', '11:00'], 1000, '10.00', { penalty: '2.00', reason: 'bad_review' }),
        order('C', 'r1', ['12:00', '12:20'], 5000, '1.00', { status: 'cancelled' }),
      ],
      { params: {}, payFormula: { baseCny: 5, perKmCny: 3 } },
    );
    // As paid: 16.00 net for an hour, 9.00 short of 25.
    expect(clause(baseline, 'c05')).toMatchObject({ checked: 1, violations: 1, amount: '9.00' });
    expect(baseline.cost).toEqual({
      topUpToMinimum: '9.00',
      findingsAmount: '11.00',
      otherFindingsAmount: '2.00',
      formulaPay: '0.00',
    });
    // By the formula: 22.00 net, 3.00 short; the clause, the income and the cost say the same.
    expect(clause(scenario, 'c05')).toMatchObject({ checked: 1, violations: 1, amount: '3.00' });
    expect(scenario.income).toMatchObject({ workerDays: 1, medianHourly: 22, shareBelowMinimum: 1 });
    expect(scenario.cost).toEqual({
      topUpToMinimum: '3.00',
      findingsAmount: '5.00',
      otherFindingsAmount: '2.00',
      formulaPay: '6.00',
    });
    expect(clause(scenario, 'c09')).toMatchObject({ violations: 1, amount: '2.00' });
  });

  it('takes the median hourly pay as the evaluation and the scorecards do: the lower of two middle days', async () => {
    // Two rider-days of an hour each, paid 16.00 and 30.00: an interpolated median would say 23.
    const { baseline } = await outcomesOf(
      [
        order('A', 'r1', ['10:00', '11:00'], 3000, '16.00'),
        order('B', 'r2', ['10:00', '11:00'], 3000, '30.00'),
      ],
      { params: {} },
    );
    expect(baseline.income).toMatchObject({ workerDays: 2, medianHourly: 16, shareBelowMinimum: 0.5 });
  });

  it('counts a day paid exactly the minimum as not below it, and rounds the top-up as the clause does', async () => {
    // 66 minutes paid 27.50: exactly 25 CNY an hour (27.5 / 1.1 is 24.999999999999996 as a binary fraction).
    const exactly = [order('A', 'r1', ['10:00', '11:06'], 3000, '27.50')];
    const { baseline } = await outcomesOf(exactly, { params: {} });
    expect(clause(baseline, 'c05')).toMatchObject({ checked: 1, violations: 0 });
    expect(baseline.income).toMatchObject({ workerDays: 1, shareBelowMinimum: 0 });
    expect(baseline.cost.topUpToMinimum).toBe('0.00');

    // An hour paid 25.00 with 0.036 minutes of allowance per hour: 60.036 paid minutes, owed 25.015 − 25 = 0.015,
    // exactly one and a half fen (0.0149999… as a binary fraction): 0.02, as the clause's amount.
    const { scenario } = await outcomesOf([order('A', 'r1', ['10:00', '11:00'], 3000, '25.00')], {
      params: { c05: { allowance_minutes_per_hour: 0.036 } },
    });
    expect(clause(scenario, 'c05')).toMatchObject({ checked: 1, violations: 1, amount: '0.02' });
    expect(scenario.income.shareBelowMinimum).toBe(1);
    expect(scenario.cost.topUpToMinimum).toBe('0.02');
  });

  it('keeps the pay the data holds beside the view the formula pays', async () => {
    const file = path.join(dataDir, 'as-paid.csv');
    writeFileSync(file, [header, order('A', 'r1', ['10:00', '10:30'], 2000, '4.00')].join('\n') + '\n');
    const ingested = await ingestDataset(
      { path: file },
      { dataDir, kind: 'delivery_orders', pseudonymKey: developmentPseudonymKey },
    );
    const audit = await runAudit({
      agreement,
      datasets: await loadAuditDatasets(dataDir, [ingested.datasetId!]),
      asOf: '2025-12-31',
      redefineViews: payFormulaViews(agreement, { params: {}, payFormula: { baseCny: 2.5, perKmCny: 1.25 } }),
    });
    try {
      const pay = async (view: string) =>
        (
          await (
            await audit.connection.run(`SELECT CAST(pay AS DOUBLE) AS pay FROM ${view}`)
          ).getRowObjectsJson()
        )
          .map((r) => r.pay)
          .join();
      expect(await pay('delivery_orders')).toBe('5');
      expect(await pay(asPaidView)).toBe('4');
    } finally {
      audit.close();
    }
    // Without a formula, or for an industry the formula does not price, the views stay as they are.
    expect(payFormulaViews(agreement, { params: {} })).toBeUndefined();
    expect(payFormulaViews(agreement, null)).toBeUndefined();
    expect(
      payFormulaViews(
        { ...agreement, industry: 'ride_hailing' },
        { params: {}, payFormula: { baseCny: 5, perKmCny: 3 } },
      ),
    ).toBeUndefined();
  });
});
