import { datasetsByIndustry, parseArea, type ScenarioNotice, type ScenarioResult } from '@gigpact/contracts';
import type { Agreement } from '@gigpact/rules';
import type { Database } from '../../../platform/db/client';
import { findVersion } from '../../agreements/agreements.repository';
import { dataNotices, extentOf } from '../../audits/engine/data-notices';
import { loadAuditDatasets } from '../../audits/engine/load-datasets';
import { runAudit } from '../../audits/engine/run-audit';
import { supersededNotice } from '../../audits/engine/superseded-rows';
import { leaseExpiredBefore } from '../../audits/runs/run-lease';
import { catalogueDatasetIds } from '../data/analysis-data';
import {
  failUnheardScenario,
  findScenario,
  renewScenarioHeartbeat,
  updateScenario,
} from '../scenarios.repository';
import type { ScenarioChanges, ScenarioRow } from '../schema';
import { applyScenarioChanges } from './apply-changes';
import { scenarioOutcome } from './outcome';
import { payFormulaViews } from './pay-formula';
import { agreementOverPeriod } from './replay-agreement';
import {
  agreementWithinDistrict,
  districtNotCovered,
  districtOfArea,
  noRowsCoveredNotice,
  scenarioAreaOf,
} from './scenario-area';

class Cancelled extends Error {}

/** How often a running scenario tells that its process is alive; ms, well under the lease time. */
const heartbeatMs = 1_000;

const active = new Set<Promise<void>>();
const runningHere = new Set<string>();

/** Scenario runs still going in this process (tests and shutdown wait for them). */
export function settleScenarioRuns(): Promise<unknown> {
  return Promise.allSettled([...active]);
}

/**
 * Runs a saved scenario in the background: the agreement as it stands and as the scenario changes it, each
 * audited over every stored dataset of its industry and then measured (four steps, recorded as progress), over
 * the rows of the area the scenario belongs to — a district's only, for a district's scenario — on the days of its
 * replay period, as if in force on them. A cancellation request stops it at the next step.
 */
export function startScenarioRun(db: Database, dataDir: string, id: string, asOf: string): void {
  runningHere.add(id);
  const run = executeScenario(db, dataDir, id, asOf).finally(() => {
    active.delete(run);
    runningHere.delete(id);
  });
  active.add(run);
}

/**
 * A scenario recorded as queued or running whose process has not been heard for the lease time was cut short by a
 * restart or a crash (in this process or another server sharing the database): it is marked failed so that nobody
 * waits for it. A scenario this process runs, or another process still heard from, is left as it is. Returns the
 * row as it now stands.
 */
export async function settleInterrupted(db: Database, row: ScenarioRow): Promise<ScenarioRow> {
  if ((row.status !== 'queued' && row.status !== 'running') || runningHere.has(row.id)) return row;
  const error =
    '运行该情景的进程已停止（服务重启或崩溃），请重新运行 / the process running it stopped (a restart or a crash): run it again';
  // The clock of the heartbeats and of the row's creation (the database's default), not a request's.
  const now = new Date();
  if (!(await failUnheardScenario(db, row.id, leaseExpiredBefore(now), error, now))) return row;
  return { ...row, status: 'failed', error, finishedAt: now };
}

async function executeScenario(db: Database, dataDir: string, id: string, asOf: string): Promise<void> {
  let done = 0;
  const step = async () => {
    const current = await findScenario(db, id);
    if (!current || current.cancelRequested) throw new Cancelled();
  };
  // The heartbeat, so that a server reading the scenario knows it is being run (settleInterrupted).
  const heartbeat = setInterval(
    () => void renewScenarioHeartbeat(db, id, new Date()).catch(() => undefined),
    heartbeatMs,
  );
  try {
    const row = await findScenario(db, id);
    if (!row) return;
    await updateScenario(db, id, {
      status: 'running',
      progressDone: 0,
      progressTotal: 4,
      heartbeatAt: new Date(),
    });
    const version = await findVersion(db, row.agreementId, row.agreementVersion);
    if (!version) throw new Error(`agreement ${row.agreementId} v${row.agreementVersion} is gone`);
    const area = parseArea(row.area);
    if (!area) throw new Error(`scenario area ${row.area} is not an area`);
    // Both versions bind only the rows of the scenario's district: its audit and its outcome read no other.
    const district = districtOfArea(area);
    const baseline = agreementWithinDistrict(version.document, district?.zh ?? null);
    if (!baseline) {
      const why = districtNotCovered(version.document, district!);
      throw new Error(`${why.zh} / ${why.en}`);
    }
    const checked = applyScenarioChanges(baseline, row.changes);
    if ('issues' in checked) throw new Error(checked.issues.map((i) => `${i.zh} / ${i.en}`).join('; '));
    // Both read the replay period's days, as if in force on them (a scenario saved before periods: the
    // agreement's own days).
    const period = row.changes.period;
    const asStands = period ? agreementOverPeriod(baseline, period) : baseline;
    const changed = period ? agreementOverPeriod(checked.agreement, period) : checked.agreement;
    const ids = await catalogueDatasetIds(db, datasetsByIndustry[baseline.industry]);
    const datasets = await loadAuditDatasets(dataDir, ids);
    const outcomes = [];
    const notices: ScenarioNotice[] = dataNotices(
      asStands,
      datasets.map(({ manifest }) => extentOf(manifest)),
    );
    for (const [agreement, changes] of [
      [asStands, null],
      [changed, row.changes],
    ] as [Agreement, ScenarioChanges | null][]) {
      await step();
      // Over the whole catalogue, as the evaluation reads it: a row a later upload holds again is read from it.
      // A proposed pay formula is in the delivery view before the clauses run: they audit the pay it gives.
      const audit = await runAudit({
        agreement,
        datasets,
        asOf,
        repeatedRows: 'latest',
        redefineViews: payFormulaViews(agreement, changes),
      });
      try {
        if (changes === null) {
          notices.push(...audit.superseded.map(supersededNotice));
          const none = noRowsCoveredNotice(scenarioAreaOf(area), audit.result.clauses, notices);
          if (none) notices.push(none);
        }
        await updateScenario(db, id, { progressDone: ++done });
        await step();
        outcomes.push(await scenarioOutcome(audit.connection, agreement, audit.result.clauses, changes));
      } finally {
        audit.close();
      }
      await updateScenario(db, id, { progressDone: ++done });
    }
    const result: ScenarioResult = {
      baseline: outcomes[0]!,
      scenario: outcomes[1]!,
      datasets: ids.length,
      area: scenarioAreaOf(area),
      notices,
      ...(period ? { period: { ...period, agreementFrom: String(version.document.effective_from) } } : {}),
    };
    await updateScenario(db, id, { status: 'succeeded', result, finishedAt: new Date() });
  } catch (error) {
    if (error instanceof Cancelled) {
      await updateScenario(db, id, { status: 'cancelled', finishedAt: new Date() });
      return;
    }
    await updateScenario(db, id, {
      status: 'failed',
      error: error instanceof Error ? error.message : String(error),
      finishedAt: new Date(),
    }).catch(() => undefined);
  } finally {
    clearInterval(heartbeat);
  }
}
