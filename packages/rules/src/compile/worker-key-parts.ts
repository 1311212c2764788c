import { canonicalDatasets, type DatasetKind } from '@gigpact/contracts';
import type { Agreement } from '../agreement/types';
import { ruleOfClause } from './rule-of-clause';

/**
 * How a clause's finding keys are made, as the compiler forms them: a group clause's key joins its group keys with
 * `|` (`worker` or the worker column, `day`, `month` …), and `workerParts` says where a worker's id stands among
 * them (1-based; none for a platform's month); a row or block clause's key is the name of the row (`workerParts`
 * null: where a worker stands in a row's name depends on the dataset and how its ids are scoped). Clauses that
 * check nothing (text only, or a custom check that cannot be read) are left out.
 */
export function findingKeyShapes(
  agreement: Agreement,
): Record<string, { dataset: DatasetKind; workerParts: number[] | null }> {
  const shapes: Record<string, { dataset: DatasetKind; workerParts: number[] | null }> = {};
  for (const clause of agreement.clauses) {
    let rule;
    try {
      rule = ruleOfClause(agreement, clause);
    } catch {
      continue;
    }
    if (!rule) continue;
    const worker = canonicalDatasets[rule.dataset].workerColumn;
    shapes[clause.id] = {
      dataset: rule.dataset,
      workerParts:
        rule.shape === 'group' && rule.group
          ? rule.group.by.flatMap((key, i) => (key === 'worker' || key === worker ? [i + 1] : []))
          : null,
    };
  }
  return shapes;
}
