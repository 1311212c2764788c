import {
  caseTypeOfRules,
  regionTree,
  type CaseFromFindingsInput,
  type CaseParty,
  type DatasetKind,
} from '@gigpact/contracts';
import { inArray } from 'drizzle-orm';
import type { AppContext } from '../../../app-context';
import { errors } from '../../../platform/http/errors';
import type { Actor } from '../../../platform/security/actor';
import { authorize } from '../../../platform/security/policy';
import { openCaseFromFindings } from '../../cases/commands/intake';
import { calendarOf, clockOf } from '../../cases/context';
import { platforms as platformRegistry } from '../../registry/schema';
import type { CaseRow } from '../../cases/schema';
import { workersOfRows } from '../findings/evidence-rows';
import { traceOf } from '../findings/explain';
import { withFindings, rows, type ListedFinding, selectFinding } from '../findings/findings-store';
import { visibleRun } from '../findings/load-finding';
import { reviewStates } from '../findings/reviews.repository';
import { auditPolicies, findingScopeOf } from '../policies';

/**
 * Opens a case from chosen findings of one run: the case carries them as its evidence bundle (findings, rule,
 * clause, agreement version, result hash, evidence rows and the trace of each in words), so it can be reproduced.
 * Its type is the officer's choice, or else the one the findings' rules make; the platforms and franchisees the
 * findings name become its parties.
 */
export async function openCaseFromRunFindings(
  ctx: AppContext,
  actor: Actor,
  runId: string,
  input: CaseFromFindingsInput,
): Promise<CaseRow> {
  authorize(actor, auditPolicies.openCase);
  const district = regionTree.districts.find((d) => d.code === input.district);
  if (input.street && district && !district.streets.some((s) => s.code === input.street))
    throw errors.validation([
      {
        path: ['street'],
        zh: '街道（镇）不在所选区内',
        en: 'The street or town is not in the chosen district',
      },
    ]);
  const run = await visibleRun(ctx.db, actor, runId);
  if (run.status !== 'succeeded' || !run.resultHash)
    throw errors.notFound({ zh: '审计结果', en: 'audit result' });
  const scope = findingScopeOf(actor);
  const keys = [...new Set(input.keys)];
  const reviews = await reviewStates(ctx.db, run.id, scope, keys);
  const found = await withFindings(ctx.config.dataDir, run.id, reviews, (c) =>
    rows<ListedFinding>(
      c,
      `SELECT ${selectFinding} FROM f WHERE list_contains(from_json($1::JSON, '["VARCHAR"]'), key) ORDER BY key`,
      [JSON.stringify(keys)],
    ),
  );
  const visible = found.filter((f) => auditPolicies.viewFinding(actor, f));
  if (visible.length !== keys.length)
    throw errors.validation([
      {
        path: ['keys'],
        zh: `有 ${keys.length - visible.length} 条发现不存在或不在您的辖区`,
        en: `findings not found or outside your area: ${keys.length - visible.length}`,
      },
    ]);
  const traces = await Promise.all(visible.slice(0, 200).map((f) => traceOf(ctx.config.dataDir, run, f)));
  const clauses = [...new Set(visible.map((f) => f.clause_id))];
  const rules = [...new Set(visible.map((f) => f.rule))];
  const platforms = [...new Set(visible.map((f) => f.platform).filter((p): p is string => p !== null))];
  const franchisees = [
    ...new Map(
      visible.filter((f) => f.franchisee).map((f) => [`${f.platform ?? ''}|${f.franchisee}`, f]),
    ).values(),
  ];
  const parties = await partiesOf(ctx, platforms, franchisees);
  const { today, now } = clockOf(ctx);
  return openCaseFromFindings(
    ctx.db,
    calendarOf(ctx),
    actor,
    {
      type: input.type ?? caseTypeOfRules(visible.map((f) => f.rule)),
      title: input.title,
      description: input.description,
      district: input.district,
      street: input.street ?? null,
      platformCode: platforms.length === 1 ? platforms[0]! : null,
      workersAffected: await workersAffected(ctx.config.dataDir, run.datasetIds, visible),
      amountClaimed: null,
      parties,
      evidence: {
        findingIds: visible.map((f) => f.key.slice(0, 80)),
        ruleId: rules.join(', ').slice(0, 120),
        clause: clauses
          .map((id) => `${id} ${run.agreement.clauses.find((c) => c.id === id)?.title ?? ''}`.trim())
          .join('; ')
          .slice(0, 200),
        agreementVersion: `${run.agreementId}@${run.agreementVersion ?? 'file'}`.slice(0, 80),
        resultHash: run.resultHash,
        evidenceRowIds: [...new Set(visible.flatMap((f) => f.evidence))]
          .slice(0, 10_000)
          .map((id) => id.slice(0, 80)),
        trace: traces.flatMap((t, i) =>
          t ? [{ step: visible[i]!.key.slice(0, 200), zh: t.text.zh, en: t.text.en }] : [],
        ),
        dataset: (visible[0]?.dataset as DatasetKind | undefined) ?? null,
      },
    },
    today,
    now,
  );
}

/**
 * How many workers the findings concern: each finding's own worker, and for a finding whose group names none (a
 * platform's month) the workers of the rows it lists (a group lists its first 1,000 rows, so a larger group's
 * count is at least this). At least one.
 */
async function workersAffected(
  dataDir: string,
  datasetIds: readonly string[],
  findings: readonly ListedFinding[],
): Promise<number> {
  const workers = new Set(findings.flatMap((f) => (f.worker ? [f.worker] : [])));
  const unplaced = findings.filter((f) => !f.worker && f.evidence.length > 0);
  for (const kind of new Set(unplaced.map((f) => f.dataset as DatasetKind))) {
    const rows = [...new Set(unplaced.filter((f) => f.dataset === kind).flatMap((f) => f.evidence))];
    for (const worker of await workersOfRows(dataDir, datasetIds, kind, rows.slice(0, 10_000)))
      workers.add(worker);
  }
  return Math.max(1, workers.size);
}

/** The platforms (by their registered name) and franchisees the findings name, as parties of the case. */
async function partiesOf(
  ctx: AppContext,
  platforms: string[],
  franchisees: ListedFinding[],
): Promise<CaseParty[]> {
  const registered = platforms.length
    ? await ctx.db
        .select({ code: platformRegistry.code, name: platformRegistry.nameZh })
        .from(platformRegistry)
        .where(inArray(platformRegistry.code, platforms))
    : [];
  const nameOf = new Map(registered.map((p) => [p.code, p.name]));
  return [
    ...platforms.map((code) => ({
      kind: 'platform' as const,
      name: (nameOf.get(code) ?? code).slice(0, 120),
      contact: null,
      platformCode: code,
      enterpriseId: null,
    })),
    ...franchisees.map((f) => ({
      kind: 'franchisee' as const,
      name: f.franchisee!.slice(0, 120),
      contact: null,
      platformCode: f.platform,
      enterpriseId: null,
    })),
  ].slice(0, 50);
}
