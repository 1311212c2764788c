import { describe, expect, it } from 'vitest';
import { defaultReplayPeriod, monthsEndingOn, resolveReplayPeriod } from './replay-period';

const stored = { from: '2025-04-14', to: '2025-05-18' };
const inForce = { status: 'in_force' as const, effectiveFrom: '2025-05-01', effectiveTo: null };
const draft = { status: 'draft' as const, effectiveFrom: '2026-01-01', effectiveTo: null };
const pathsOf = (result: ReturnType<typeof resolveReplayPeriod>) =>
  'issues' in result ? result.issues.map((i) => i.path.join('.')) : [];

describe('a scenario’s replay period', () => {
  it('counts three months back to the day after, the day kept or the month’s last one', () => {
    expect(monthsEndingOn('2025-09-30', 3)).toBe('2025-07-01');
    expect(monthsEndingOn('2025-05-18', 3)).toBe('2025-02-19');
    expect(monthsEndingOn('2025-05-31', 3)).toBe('2025-03-01');
    expect(monthsEndingOn('2025-02-28', 3)).toBe('2024-11-29');
    expect(monthsEndingOn('2025-01-15', 3)).toBe('2024-10-16');
  });

  it('is by default an agreement’s own days that the data holds', () => {
    expect(defaultReplayPeriod(inForce, stored)).toEqual({
      from: '2025-05-01',
      to: '2025-05-18',
      basis: 'agreement',
    });
    expect(defaultReplayPeriod({ ...inForce, effectiveTo: '2025-05-10' }, stored)).toEqual({
      from: '2025-05-01',
      to: '2025-05-10',
      basis: 'agreement',
    });
    expect(defaultReplayPeriod({ ...inForce, effectiveFrom: '2025-01-01' }, stored)).toEqual({
      from: '2025-04-14',
      to: '2025-05-18',
      basis: 'agreement',
    });
  });

  it('is by default the latest three months of data for a draft, or an agreement whose days the data misses', () => {
    const latest = { from: '2025-04-14', to: '2025-05-18', basis: 'latest_data' };
    expect(defaultReplayPeriod(draft, stored)).toEqual(latest);
    expect(
      defaultReplayPeriod({ ...draft, status: 'negotiating', effectiveFrom: '2025-05-01' }, stored),
    ).toEqual(latest);
    expect(defaultReplayPeriod({ ...inForce, effectiveFrom: '2025-09-01' }, stored)).toEqual(latest);
    expect(
      defaultReplayPeriod({ ...inForce, effectiveFrom: '2024-01-01', effectiveTo: '2024-12-31' }, stored),
    ).toEqual(latest);
    expect(defaultReplayPeriod(draft, { from: '2024-01-01', to: '2025-09-30' })).toEqual({
      from: '2025-07-01',
      to: '2025-09-30',
      basis: 'latest_data',
    });
    expect(defaultReplayPeriod(draft, null)).toBeNull();
  });

  it('takes the days asked for, within the stored data, the missing end at the data’s', () => {
    expect(resolveReplayPeriod({ from: '2025-04-20', to: '2025-04-30' }, draft, stored)).toEqual({
      period: { from: '2025-04-20', to: '2025-04-30', basis: 'requested' },
    });
    expect(resolveReplayPeriod({ from: '2025-01-01', to: '2025-12-31' }, draft, stored)).toEqual({
      period: { from: '2025-04-14', to: '2025-05-18', basis: 'requested' },
    });
    expect(resolveReplayPeriod({ from: '2025-05-01' }, draft, stored)).toEqual({
      period: { from: '2025-05-01', to: '2025-05-18', basis: 'requested' },
    });
    expect(resolveReplayPeriod({ to: '2025-04-30' }, draft, stored)).toEqual({
      period: { from: '2025-04-14', to: '2025-04-30', basis: 'requested' },
    });
    expect(resolveReplayPeriod({}, draft, null)).toEqual({ period: null });
  });

  it('refuses, naming the field, a start after the end and a period without stored data', () => {
    const reversed = resolveReplayPeriod({ from: '2025-05-10', to: '2025-05-01' }, draft, stored);
    expect(reversed).toEqual({
      issues: [
        {
          path: ['from'],
          zh: '回放期间的起始日 from 2025-05-10 晚于结束日 to 2025-05-01',
          en: "the replay period's from 2025-05-10 is after its to 2025-05-01",
        },
      ],
    });
    expect(pathsOf(resolveReplayPeriod({ from: '2025-06-01', to: '2025-06-30' }, draft, stored))).toEqual([
      'from',
    ]);
    expect(pathsOf(resolveReplayPeriod({ from: '2025-06-01' }, draft, stored))).toEqual(['from']);
    expect(pathsOf(resolveReplayPeriod({ from: '2025-01-01', to: '2025-03-31' }, draft, stored))).toEqual([
      'to',
    ]);
    expect(pathsOf(resolveReplayPeriod({ to: '2025-03-31' }, draft, stored))).toEqual(['to']);
    expect(pathsOf(resolveReplayPeriod({ to: '2025-03-31' }, draft, null))).toEqual(['to']);
    // With one end only, the period is named as asked: from that day on, or up to it.
    expect(resolveReplayPeriod({ from: '2025-06-01' }, draft, stored)).toMatchObject({
      issues: [
        {
          zh: '回放期间自 2025-06-01 起没有存储数据（from 2025-06-01）：存储的数据为 2025-04-14 至 2025-05-18',
          en: 'there is no stored data from 2025-06-01 on (from 2025-06-01): the stored data runs from 2025-04-14 to 2025-05-18',
        },
      ],
    });
    expect(resolveReplayPeriod({ to: '2025-03-31' }, draft, stored)).toMatchObject({
      issues: [{ en: expect.stringMatching(/^there is no stored data up to 2025-03-31 \(to 2025-03-31\)/) }],
    });
    const none = resolveReplayPeriod({ from: '2025-06-01', to: '2025-06-30' }, draft, stored);
    expect(none).toEqual({
      issues: [
        {
          path: ['from'],
          zh: '回放期间 2025-06-01 至 2025-06-30 没有存储数据（from 2025-06-01）：存储的数据为 2025-04-14 至 2025-05-18',
          en: 'there is no stored data from 2025-06-01 to 2025-06-30 (from 2025-06-01): the stored data runs from 2025-04-14 to 2025-05-18',
        },
      ],
    });
  });
});
