import type { ScenarioView, ScorecardReplyView } from '@gigpact/contracts';
import type { ScenarioRow, ScorecardReplyRow } from './schema';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A scenario as the sandbox shows it: what changed, how far the run got, and its outcome side by side. */
export function presentScenario(row: ScenarioRow): ScenarioView {
  return {
    id: row.id,
    agreementId: row.agreementId,
    agreementVersion: row.agreementVersion,
    name: row.name,
    changes: {
      params: row.changes.params,
      ...(row.changes.timeFormula ? { timeFormula: row.changes.timeFormula } : {}),
      ...(row.changes.payFormula ? { payFormula: row.changes.payFormula } : {}),
      ...(row.changes.period ? { period: row.changes.period } : {}),
    },
    status: row.status,
    progress: { done: row.progressDone, total: row.progressTotal },
    cancelRequested: row.cancelRequested !== null,
    result: (row.result as ScenarioView['result']) ?? null,
    error: row.error,
    createdByName: row.createdByName,
    createdAt: row.createdAt.toISOString(),
    finishedAt: iso(row.finishedAt),
  };
}

/**
 * A reply to a scorecard. Signed-in readers see the display name of the representative's account; the public
 * (`publicOf`: the platform whose card it is) sees only that the platform's representative wrote it, under the
 * platform's name — no one's own name.
 */
export function presentReply(
  row: ScorecardReplyRow,
  publicOf: { nameZh: string; nameEn: string } | null,
): ScorecardReplyView {
  return {
    id: row.id,
    principle: (row.principle as ScorecardReplyView['principle']) ?? null,
    body: row.body,
    authorName: publicOf ? `${publicOf.nameZh}平台代表 / ${publicOf.nameEn} representative` : row.authorName,
    createdAt: row.createdAt.toISOString(),
  };
}
