import { moneyLabel, type ScenarioOutcome } from '@gigpact/contracts';

/**
 * A version's cost to the platform, line by line, in the order shown, each with its label's message key and its
 * amount (yuan to the fen): the pay a proposed pay formula adds, the top-up that lifts every worker-day to the
 * hourly minimum (what the hourly-pay clause finds owed), and what the other clauses' findings say is owed back —
 * the hourly-pay clause's shortfall counted once, as the top-up. A result stored before the findings were told
 * apart has no amount for the last line (a dash): its findings' amount held the top-up too.
 */
export const costLines: { key: string; message: string; amount: (outcome: ScenarioOutcome) => string }[] = [
  {
    key: 'formulaPay',
    message: 'governance.sandbox.rows.formulaPay',
    amount: (o) => moneyLabel(o.cost.formulaPay),
  },
  {
    key: 'topUp',
    message: 'governance.sandbox.rows.topUp',
    amount: (o) => moneyLabel(o.cost.topUpToMinimum),
  },
  {
    key: 'otherFindings',
    message: 'governance.sandbox.rows.otherFindings',
    amount: (o) => moneyLabel(o.cost.otherFindingsAmount),
  },
];
