import type { ScenarioOutcome } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n';
import { registerGovernanceMessages } from '../register-messages';
import { costLines } from './cost-lines';

const outcomeWith = (cost: ScenarioOutcome['cost']): ScenarioOutcome => ({
  clauses: [],
  income: { workerDays: 265, medianHourly: 88, shareBelowMinimum: 0.0868, minHourly: 80 },
  cost,
  time: null,
});

describe('a version’s cost lines', () => {
  it('count the hourly-pay clause’s shortfall once, as the top-up, beside the other clauses’ findings', () => {
    const outcome = outcomeWith({
      topUpToMinimum: '215.13',
      findingsAmount: '642.09',
      otherFindingsAmount: '426.96',
      formulaPay: '8306.32',
    });
    expect(costLines.map((line) => [line.key, line.amount(outcome)])).toEqual([
      ['formulaPay', '8,306.32'],
      ['topUp', '215.13'],
      ['otherFindings', '426.96'],
    ]);
  });

  it('say which money each line holds, in both languages', () => {
    registerGovernanceMessages();
    const [zh, en] = [i18n.getFixedT('zh'), i18n.getFixedT('en')];
    const label = (t: typeof zh, key: string) => t(costLines.find((l) => l.key === key)!.message);
    expect(label(zh, 'topUp')).toMatch(/补足最低收入.*小时收入条款认定的欠付/);
    expect(label(zh, 'otherFindings')).toMatch(/^其他条款.*不含小时收入条款/);
    expect(label(en, 'topUp')).toMatch(/^Top-up .*hourly-pay clause finds owed/);
    expect(label(en, 'otherFindings')).toMatch(/other clauses.*hourly pay not included/);
    expect(zh('governance.sandbox.section.cost')).toMatch(/^平台成本/);
  });

  it('leave the other findings empty for a result stored before they were told apart', () => {
    const stored = outcomeWith({ topUpToMinimum: '2422.98', findingsAmount: '2849.94', formulaPay: '0.00' });
    expect(costLines.map((line) => line.amount(stored))).toEqual(['0.00', '2,422.98', '—']);
  });
});
