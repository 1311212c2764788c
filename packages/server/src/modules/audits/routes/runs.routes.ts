import {
  auditClausesView,
  auditMetricsView,
  auditRunQuery,
  auditRunView,
  startAuditRunInput,
  startedAuditRunView,
} from '@gigpact/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context';
import { cityDate } from '../../../platform/clock';
import { requireActor } from '../../../platform/http/auth';
import { errors } from '../../../platform/http/errors';
import type { Actor } from '../../../platform/security/actor';
import { authorize } from '../../../platform/security/policy';
import { audit } from '../../audit-log/audit';
import { resolveDistrict } from '../../registry/region-names';
import { startAuditRun } from '../commands/start-run';
import { findingsInScopeOfRuns } from '../findings/findings-in-scope';
import { clauseTotals, withFindings } from '../findings/findings-store';
import { visibleRun } from '../findings/load-finding';
import { reviewStates } from '../findings/reviews.repository';
import { auditPolicies, findingScopeOf } from '../policies';
import { clauseTitleEn, presentRun } from '../presenters';
import type { AuditRunRow } from '../schema';
import { auditExecutorOf } from '../runs/executor';
import { findRun, latestOfficialRunIds, listRuns, requestCancel } from '../runs/runs.repository';

const tags = ['audits'];
const runParams = z.object({ id: z.uuid() });

/** Runs as their reader sees them, each with the count of its findings inside the reader's scope. */
async function presentRuns(ctx: AppContext, reader: Actor, runs: readonly AuditRunRow[]) {
  const inScope = await findingsInScopeOfRuns(ctx.config.dataDir, runs, findingScopeOf(reader));
  const latest = await latestOfficialRunIds(
    ctx.db,
    runs.map((r) => r.agreementId),
  );
  return runs.map((run) =>
    presentRun(run, reader, inScope.get(run.id) ?? null, ctx.now(), latest.get(run.agreementId) ?? null),
  );
}

/** Why a run that has ended cannot be cancelled, by how it ended: a second cancel is told it was cancelled. */
function notCancellable(status: AuditRunRow['status']): Error {
  if (status === 'cancelled')
    return errors.conflict({ zh: '该审计已取消', en: 'This run has already been cancelled' });
  if (status === 'failed')
    return errors.conflict({
      zh: '该审计已执行失败而结束，没有可取消的',
      en: 'This run has already ended in failure: there is nothing to cancel',
    });
  return errors.conflict({
    zh: '该审计已完成，不能取消',
    en: 'This run has finished: it cannot be cancelled',
  });
}

/** Audit runs: start (queued for the executor), list, follow progress, cancel; per-clause figures; metrics. */
export function auditRunRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/audits/runs',
      {
        schema: {
          tags,
          summary: '发起审计 / start an audit run',
          body: startAuditRunInput,
          response: { 201: startedAuditRunView, 200: startedAuditRunView },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const { run, alreadyUnderWay } = await startAuditRun(
          ctx.db,
          actor,
          request.body,
          cityDate(ctx.now()),
        );
        const view = { ...presentRun(run, actor, null, ctx.now()), alreadyUnderWay };
        // The same inputs already under way: that run, 200, nothing queued again.
        if (alreadyUnderWay) return reply.status(200).send(view);
        await audit(ctx, request, 'audit.run.start', `audit_run:${run.id}`, {
          agreementId: run.agreementId,
          version: run.agreementVersion,
          datasets: run.datasetIds.length,
        });
        auditExecutorOf(ctx).enqueue(run.id);
        return reply.status(201).send(view);
      },
    );

    app.get(
      '/api/audits/runs',
      {
        schema: {
          tags,
          summary: '审计任务列表 / audit runs',
          querystring: auditRunQuery,
          response: { 200: z.object({ items: z.array(auditRunView), total: z.number() }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, auditPolicies.viewRuns);
        const { items, total } = await listRuns(ctx.db, findingScopeOf(actor), request.query);
        return { items: await presentRuns(ctx, actor, items), total };
      },
    );

    app.get(
      '/api/audits/runs/:id',
      {
        schema: {
          tags,
          summary: '审计任务及进度 / one run with its progress',
          params: runParams,
          response: { 200: auditRunView },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const [run] = await presentRuns(ctx, actor, [await visibleRun(ctx.db, actor, request.params.id)]);
        return run!;
      },
    );

    app.post(
      '/api/audits/runs/:id/cancel',
      {
        schema: {
          tags,
          summary: '取消审计 / cancel a run',
          params: runParams,
          response: { 200: auditRunView },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const run = await visibleRun(ctx.db, actor, request.params.id);
        authorize(actor, auditPolicies.cancelRun, run);
        const asked = await requestCancel(ctx.db, run.id, ctx.now());
        if (!asked) throw notCancellable((await findRun(ctx.db, run.id))?.status ?? run.status);
        auditExecutorOf(ctx).cancel(run.id);
        // A run whose process was killed ends cancelled at once, not when its lease runs out.
        if (run.status === 'running') await auditExecutorOf(ctx).resume();
        await audit(ctx, request, 'audit.run.cancel', `audit_run:${run.id}`);
        const [cancelled] = await presentRuns(ctx, actor, [(await findRun(ctx.db, run.id)) ?? asked]);
        return cancelled!;
      },
    );

    app.get(
      '/api/audits/runs/:id/clauses',
      {
        schema: {
          tags,
          summary:
            '逐条款结果（全市核查数仅市级可见） / per-clause results (city-wide figures for the city only)',
          params: runParams,
          response: { 200: auditClausesView },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const run = await visibleRun(ctx.db, actor, request.params.id);
        const cityWide = auditPolicies.viewCityFigures(actor);
        if (run.status !== 'succeeded' || !run.summary) return { items: [], cityWide };
        const scope = findingScopeOf(actor);
        const reviews = await reviewStates(ctx.db, run.id, scope);
        const totals = await withFindings(ctx.config.dataDir, run.id, reviews, (c) => clauseTotals(c, scope));
        return {
          items: run.summary.clauses.map((c) => ({
            clauseId: c.clause_id,
            title: c.title,
            titleEn: clauseTitleEn(run.agreement, c.clause_id),
            rule: c.rule,
            status: c.status,
            missing: c.missing,
            checked: cityWide ? c.checked : null,
            unchecked: cityWide ? c.unchecked : null,
            violations: cityWide ? c.violations : null,
            amount: cityWide ? c.amount : null,
            violationsInScope: totals.get(c.clause_id)?.violations ?? 0,
            amountInScope: totals.get(c.clause_id)?.amount ?? '0',
          })),
          cityWide,
        };
      },
    );

    app.get(
      '/api/audits/runs/:id/metrics',
      {
        schema: {
          tags,
          summary: '指标：平台 × 月份 × 区 / metrics per platform, month and district',
          params: runParams,
          response: { 200: auditMetricsView },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const run = await visibleRun(ctx.db, actor, request.params.id);
        // Each row is one platform's month (in one district where the data has districts): a reader sees the
        // rows of their own platform or district, the city every row.
        const scope = findingScopeOf(actor);
        const keep = (row: Record<string, string | number | null>) =>
          scope.kind === 'all' ||
          (scope.kind === 'platform' && row.platform === scope.platform) ||
          (scope.kind === 'district' &&
            typeof row.district === 'string' &&
            resolveDistrict(row.district) === scope.district);
        const tables = Object.fromEntries(
          Object.entries(run.summary?.metrics ?? {}).map(([name, rows]) => [name, rows.filter(keep)]),
        );
        return { tables };
      },
    );
  };
}
