import type { DatasetKind } from '@gigpact/contracts';
import { canonicalDecimal } from '../decimal';
import { planRule, type RulePlan } from '../compile/plan';
import { evaluatePlan, type Finding } from '../evaluate/evaluate-plan';
import { parseRow } from '../evaluate/values';
import { libraryRule } from '../library/index';
import { ruleSpecSchema } from '../spec/rule-spec';
import type { CaseFile, ExpectedFinding } from './case-file';

/** Something that runs a plan over raw rows and returns findings: the TypeScript evaluator or a SQL engine. */
export type Engine = (plan: RulePlan, rows: Record<string, unknown>[], asOf: string) => Promise<Finding[]>;

export const typescriptEngine: Engine = async (plan, rows, asOf) =>
  evaluatePlan(
    plan,
    rows.map((r, i) => parseRow(plan.dataset, r as never, i + 1)),
    { asOf },
  );

export interface CaseResult {
  name: string;
  passed: boolean;
  problems: string[];
  findings: Finding[];
}

export function planForCase(file: CaseFile, params: Record<string, unknown> | undefined): RulePlan {
  const rule = file.rule
    ? libraryRule(file.rule)
    : ruleSpecSchema.parse({ id: 'custom', dataset: file.dataset, ...file.check });
  return planRule(rule, {
    clauseId: file.rule ?? 'custom',
    params: { ...file.params, ...params },
    effectiveFrom: file.effective_from,
  });
}

/** Runs every case of a file on one engine and compares findings with what the case expects. */
export async function runCaseFile(file: CaseFile, engine: Engine): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const c of file.cases) {
    const plan = planForCase(file, c.params);
    const rows = c.rows.map((r, i) => ({ ...defaultRowId(plan.dataset, i), ...file.row_defaults, ...r }));
    const findings = await engine(plan, rows, c.as_of ?? file.as_of);
    const problems = compareFindings(c.expect, findings);
    results.push({ name: c.name, passed: problems.length === 0, problems, findings });
  }
  return results;
}

function defaultRowId(dataset: DatasetKind, i: number): Record<string, string> {
  const key = {
    delivery_orders: 'order_id',
    parcel_deliveries: 'parcel_id',
    ride_trips: 'trip_id',
    freight_orders: 'order_id',
  } as Partial<Record<DatasetKind, string>>;
  const column = key[dataset];
  return column ? { [column]: `r${i + 1}` } : {};
}

const same = (expected: unknown, actual: string | null | undefined): boolean => {
  if (expected === null) return actual === null || actual === undefined;
  if (actual === null || actual === undefined) return false;
  const text = String(expected);
  if (/^-?\d+(\.\d+)?$/.test(text) && /^-?\d+(\.\d+)?$/.test(actual))
    return canonicalDecimal(text) === canonicalDecimal(actual);
  return text === actual;
};

export function compareFindings(expected: readonly ExpectedFinding[], actual: readonly Finding[]): string[] {
  const problems: string[] = [];
  const byKey = new Map(actual.map((f) => [f.key, f]));
  for (const e of expected) {
    const f = byKey.get(e.key);
    if (!f) {
      problems.push(`缺少预期的发现 ${e.key} / expected a finding for ${e.key}`);
      continue;
    }
    byKey.delete(e.key);
    if (e.evidence && JSON.stringify([...e.evidence].sort()) !== JSON.stringify([...f.evidence].sort()))
      problems.push(`${e.key}: evidence ${JSON.stringify(f.evidence)} ≠ ${JSON.stringify(e.evidence)}`);
    if (e.amount !== undefined && !same(e.amount, f.amount))
      problems.push(`${e.key}: amount ${f.amount} ≠ ${e.amount}`);
    for (const [name, value] of Object.entries(e.values ?? {}))
      if (!same(value, f.computed[name]))
        problems.push(`${e.key}: ${name} = ${f.computed[name]} ≠ ${String(value)}`);
  }
  for (const key of byKey.keys()) problems.push(`意外的发现 ${key} / unexpected finding for ${key}`);
  return problems;
}
