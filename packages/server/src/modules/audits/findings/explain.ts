import type { DatasetKind } from '@gigpact/contracts';
import { explainFinding, findingFromSqlRow, planAgreement, type Trace } from '@gigpact/rules';
import { loadAuditDatasets } from '../engine/load-datasets';
import type { AuditRunRow } from '../schema';
import type { StoredFinding } from './findings-store';

/** Why a stored finding is one, in words (zh, en), with the parameters in force: the rule's own explanation. */
export async function traceOf(
  dataDir: string,
  run: AuditRunRow,
  finding: StoredFinding,
): Promise<Trace | null> {
  const datasets = await loadAuditDatasets(dataDir, run.datasetIds);
  const datasetColumns: Partial<Record<DatasetKind, string[]>> = {};
  for (const d of datasets)
    datasetColumns[d.manifest.kind] = [
      ...new Set([...(datasetColumns[d.manifest.kind] ?? []), ...d.manifest.columns.map((c) => c.name)]),
    ];
  const status = planAgreement(run.agreement, { datasetColumns }).find(
    (c) => c.clauseId === finding.clause_id,
  );
  if (status?.status !== 'applicable') return null;
  const clause = run.agreement.clauses.find((c) => c.id === finding.clause_id);
  return explainFinding(findingFromSqlRow(finding), status.plan, clause);
}
