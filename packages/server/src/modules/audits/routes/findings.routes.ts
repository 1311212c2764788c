import {
  caseFromFindingsInput,
  findingDetail,
  findingExportQuery,
  findingQuery,
  findingStatesOf,
  findingsAcrossRunsQuery,
  findingTransitionInput,
  findingView,
  runFindingView,
  type DatasetKind,
  type FieldIssue,
} from '@gigpact/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context';
import { errors } from '../../../platform/http/errors';
import { requireActor } from '../../../platform/http/auth';
import type { Actor } from '../../../platform/security/actor';
import { authorize } from '../../../platform/security/policy';
import { findAgreement } from '../../agreements/agreements.repository';
import { agreementVisibleTo } from '../../agreements/policies';
import { audit } from '../../audit-log/audit';
import { platformCodes } from '../../registry/platforms.repository';
import { openCaseFromRunFindings } from '../commands/open-case';
import { transitionFinding } from '../commands/transition-finding';
import { readEvidenceRows } from '../findings/evidence-rows';
import { traceOf } from '../findings/explain';
import { exportFindingsFile, runWithoutFindings, workerAliasSecret } from '../findings/export-findings';
import { unknownFindingFilterIssues } from '../findings/filter-issues';
import { withWorkerOfAlias } from '../findings/worker-of-alias';
import { pageOfFindings, withFindings } from '../findings/findings-store';
import { loadFinding, visibleRun } from '../findings/load-finding';
import { findingsAcrossRuns, latestRuns } from '../findings/open-findings';
import { findingHistory, reviewStates } from '../findings/reviews.repository';
import { auditPolicies, findingScopeOf } from '../policies';
import type { AuditRunRow } from '../schema';
import { clauseTitleEn, presentEvent, presentFinding } from '../presenters';

const tags = ['audits'];

/** The registry's platform codes, read only when a filter names a platform to check. */
const registeredPlatforms = async (ctx: AppContext, platform: string | undefined) =>
  platform === undefined ? [] : (await platformCodes(ctx.db)).keys();

/**
 * What a filter of the findings across runs (the latest `runs`) names that is not there: an agreement the reader
 * cannot see (or none stored), a clause of none of the runs' agreements, an unknown platform or district.
 */
async function unknownAcrossRunsFilterIssues(
  ctx: AppContext,
  actor: Actor,
  query: {
    agreementId?: string | undefined;
    clause?: string | undefined;
    platform?: string | undefined;
    district?: string | undefined;
  },
  runs: readonly AuditRunRow[],
): Promise<FieldIssue[]> {
  if (query.agreementId !== undefined && runs.length === 0) {
    const agreement = await findAgreement(ctx.db, query.agreementId);
    if (!agreement || !agreementVisibleTo(actor, agreement))
      return [
        {
          path: ['querystring', 'agreementId'],
          zh: `${query.agreementId} 不是存储的协议`,
          en: `${query.agreementId} is not a stored agreement`,
        },
      ];
  }
  // With no run there is no clause to name: a clause filter then finds nothing, as it should.
  const filter = runs.length > 0 ? query : { ...query, clause: undefined };
  return unknownFindingFilterIssues(filter, runs, await registeredPlatforms(ctx, query.platform));
}

const runParams = z.object({ id: z.uuid() });
const findingParams = z.object({ runId: z.uuid(), key: z.string().min(1).max(400) });
const contentTypes = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  parquet: 'application/vnd.apache.parquet',
} as const;

/**
 * A run's findings: filtered, sorted and paged by DuckDB over the run's Parquet; one finding with its evidence
 * rows, trace in words and review history; review transitions; exports; a case from chosen findings. Every read
 * of worker-level findings is written to the audit log.
 */
export function auditFindingRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/audits/findings',
      {
        schema: {
          tags,
          summary:
            '各协议最近一次审计的发现（筛选、排序、分页） / findings of the latest run of each agreement, filtered, sorted and paged',
          querystring: findingsAcrossRunsQuery,
          response: { 200: z.object({ items: z.array(runFindingView), total: z.number() }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, auditPolicies.viewRuns);
        const { state, ...query } = request.query;
        const latest = await latestRuns(ctx.db, query.agreementId);
        const issues = await unknownAcrossRunsFilterIssues(ctx, actor, query, latest);
        if (issues.length > 0) throw errors.validation(issues);
        const page = await findingsAcrossRuns(
          ctx.db,
          ctx.config.dataDir,
          actor,
          { ...query, states: findingStatesOf(state) },
          latest,
        );
        const runs = new Map(page.runs.map((r) => [r.id, r]));
        await audit(ctx, request, 'audit.findings.read', 'audit_runs:latest', {
          filter: request.query,
          runs: page.runs.map((r) => r.id),
          rows: page.items.length,
        });
        return {
          items: page.items.map((f) => {
            const run = runs.get(f.run_id)!;
            return {
              ...presentFinding(f),
              runId: run.id,
              agreementId: run.agreementId,
              agreementVersion: run.agreementVersion,
              agreementTitle: run.summary?.agreement_title ?? run.agreement.title,
              agreementTitleEn: run.agreement.title_en ?? null,
              clauseTitle: run.summary?.clauses.find((c) => c.clause_id === f.clause_id)?.title ?? null,
              clauseTitleEn: clauseTitleEn(run.agreement, f.clause_id),
            };
          }),
          total: page.total,
        };
      },
    );

    app.get(
      '/api/audits/runs/:id/findings',
      {
        schema: {
          tags,
          summary: '审计发现（筛选、排序、分页） / findings, filtered, sorted and paged',
          params: runParams,
          querystring: findingQuery,
          response: { 200: z.object({ items: z.array(findingView), total: z.number() }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const run = await visibleRun(ctx.db, actor, request.params.id);
        // A run that ended without findings says so, as its export does; one still running has none yet.
        if (run.status === 'cancelled' || run.status === 'failed') throw runWithoutFindings(run.status)!;
        if (run.status !== 'succeeded') return { items: [], total: 0 };
        const issues = unknownFindingFilterIssues(
          request.query,
          run,
          await registeredPlatforms(ctx, request.query.platform),
        );
        if (issues.length > 0) throw errors.validation(issues);
        const scope = findingScopeOf(actor);
        const reviews = await reviewStates(ctx.db, run.id, scope);
        const aliasing = { runId: run.id, secret: workerAliasSecret(ctx.config) };
        const page = await withFindings(ctx.config.dataDir, run.id, reviews, async (c) =>
          pageOfFindings(c, scope, await withWorkerOfAlias(c, aliasing, request.query)),
        );
        await audit(ctx, request, 'audit.findings.read', `audit_run:${run.id}`, {
          filter: request.query,
          rows: page.items.length,
        });
        return { items: page.items.map(presentFinding), total: page.total };
      },
    );

    app.get(
      '/api/audits/runs/:id/findings/export',
      {
        schema: {
          tags,
          summary:
            '导出审计发现（劳动者以别名表示，不含其编号） / export findings, each worker by an alias, never by id',
          params: runParams,
          querystring: findingExportQuery,
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, auditPolicies.export);
        const run = await visibleRun(ctx.db, actor, request.params.id);
        const unfinished = runWithoutFindings(run.status);
        if (unfinished) throw unfinished;
        const { format, sort, order, ...filter } = request.query;
        const issues = unknownFindingFilterIssues(
          filter,
          run,
          await registeredPlatforms(ctx, filter.platform),
        );
        if (issues.length > 0) throw errors.validation(issues);
        const scope = findingScopeOf(actor);
        const reviews = await reviewStates(ctx.db, run.id, scope);
        const aliasing = { runId: run.id, secret: workerAliasSecret(ctx.config) };
        const exported = await withFindings(ctx.config.dataDir, run.id, reviews, async (c) =>
          exportFindingsFile(
            c,
            scope,
            await withWorkerOfAlias(c, aliasing, filter),
            format,
            aliasing,
            run.agreement,
            { sort, order },
          ),
        );
        await audit(ctx, request, 'audit.findings.export', `audit_run:${run.id}`, {
          format,
          filter,
          sort,
          order,
          rows: exported.rows,
        });
        return reply
          .header('content-type', contentTypes[format])
          .header('content-disposition', `attachment; filename="findings-${run.id.slice(0, 8)}.${format}"`)
          .send(exported.file);
      },
    );

    app.get(
      '/api/audits/findings/:runId/:key',
      {
        schema: {
          tags,
          summary: '一条发现：证据、说明与处理记录 / one finding with evidence, trace and history',
          params: findingParams,
          response: { 200: findingDetail },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { run, finding } = await loadFinding(ctx.db, ctx.config.dataDir, actor, request.params);
        const [trace, evidenceRows, history] = await Promise.all([
          traceOf(ctx.config.dataDir, run, finding),
          readEvidenceRows(
            ctx.config.dataDir,
            run.datasetIds,
            finding.dataset as DatasetKind,
            finding.evidence,
          ),
          findingHistory(ctx.db, run.id, finding.key),
        ]);
        await audit(ctx, request, 'audit.finding.read', `audit_finding:${run.id}/${finding.key}`, {
          evidenceRows: evidenceRows.length,
        });
        return {
          runId: run.id,
          resultHash: run.resultHash,
          agreementId: run.agreementId,
          agreementVersion: run.agreementVersion,
          clauseTitle:
            run.agreement.clauses.find((c) => c.id === finding.clause_id)?.title ?? finding.clause_id,
          clauseTitleEn: clauseTitleEn(run.agreement, finding.clause_id),
          finding: presentFinding(finding),
          trace: trace?.text ?? { zh: '', en: '' },
          params: (trace?.params ?? []).map((p) => ({ name: p.name, value: p.value, zh: p.zh, en: p.en })),
          evidenceRows,
          history: history.map(presentEvent),
        };
      },
    );

    app.post(
      '/api/audits/findings/:runId/:key/transitions',
      {
        schema: {
          tags,
          summary: '确认、异议、整改或撤销一条发现 / confirm, dispute, rectify or dismiss a finding',
          params: findingParams,
          body: findingTransitionInput,
          response: { 200: findingView },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { run, finding } = await loadFinding(ctx.db, ctx.config.dataDir, actor, request.params);
        const next = await transitionFinding(
          ctx.db,
          actor,
          {
            runId: run.id,
            key: finding.key,
            clauseId: finding.clause_id,
            platform: finding.platform,
            district: finding.district,
            districts: finding.districts,
            state: finding.state,
            version: finding.version,
          },
          request.body,
          ctx.now(),
        );
        await audit(
          ctx,
          request,
          `audit.finding.${request.body.action}`,
          `audit_finding:${run.id}/${finding.key}`,
          {
            from: finding.state,
            to: next.state,
          },
        );
        return presentFinding({ ...finding, ...next });
      },
    );

    app.post(
      '/api/audits/runs/:id/cases',
      {
        schema: {
          tags,
          summary: '依据所选发现立案 / open a case from chosen findings',
          params: runParams,
          body: caseFromFindingsInput,
          response: { 201: z.object({ caseId: z.string(), number: z.string() }) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const opened = await openCaseFromRunFindings(ctx, actor, request.params.id, request.body);
        await audit(ctx, request, 'audit.findings.open_case', `case:${opened.id}`, {
          run: request.params.id,
          findings: request.body.keys.length,
        });
        return reply.status(201).send({ caseId: opened.id, number: opened.number });
      },
    );
  };
}
