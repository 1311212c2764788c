import {
  agreementCoverageOf,
  createScenarioInput,
  formatArea,
  parseArea,
  regionTree,
  sandboxAgreementView,
  scenarioListQuery,
  scenarioView,
  type Area,
} from '@gigpact/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context';
import { cityDate } from '../../../platform/clock';
import { requireActor } from '../../../platform/http/auth';
import { errors } from '../../../platform/http/errors';
import { toFieldIssues } from '../../../platform/http/zod-issues';
import { authorize } from '../../../platform/security/policy';
import { agreementVisibleTo } from '../../agreements/policies';
import { audit } from '../../audit-log/audit';
import { loadCurrentAgreement } from '../commands/load-agreement';
import { governancePolicies, resolveScope } from '../policies';
import { presentScenario } from '../presenters';
import { applyScenarioChanges } from '../sandbox/apply-changes';
import { unknownDistrictIssue } from '../query-checks';
import { resolveReplayPeriod } from '../sandbox/replay-period';
import { listSandboxAgreements } from '../sandbox/sandbox-agreements';
import { agreementWithinDistrict, districtNotCovered } from '../sandbox/scenario-area';
import { settleInterrupted, startScenarioRun } from '../sandbox/run-scenario';
import { storedDaysOf, storedPeriods } from '../sandbox/stored-days';
import { findScenario, insertScenario, listScenarios, requestCancel } from '../scenarios.repository';

const idParams = z.object({ id: z.uuid() });

/** The negotiation sandbox: scenarios saved with who and when, run in the background, compared side by side. */
export function sandboxRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const visible = (actor: Parameters<typeof governancePolicies.viewScenario>[0], area: string) => {
      const parsed = parseArea(area);
      return parsed !== undefined && governancePolicies.viewScenario(actor, { area: parsed });
    };
    /** A scenario for a user of the sandbox: not found when it lies outside what the user may see. */
    const visibleScenario = async (actor: Parameters<typeof visible>[0], id: string) => {
      authorize(actor, governancePolicies.useSandbox);
      const row = await findScenario(ctx.db, id);
      if (!row || !visible(actor, row.area)) throw errors.notFound({ zh: '该情景', en: 'The scenario' });
      return row;
    };

    app.get(
      '/api/governance/sandbox/agreements',
      {
        schema: {
          tags: ['governance'],
          summary:
            '可运行情景的协议（含草案与协商中的协议）及默认回放期间 / agreements a scenario may be run on, drafts included, with the default replay period',
          response: { 200: z.object({ items: z.array(sandboxAgreementView) }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, governancePolicies.useSandbox);
        return { items: await listSandboxAgreements(ctx.db, actor) };
      },
    );

    app.post(
      '/api/governance/scenarios',
      {
        schema: {
          tags: ['governance'],
          summary: '新建并运行协商情景 / save and run a negotiation scenario',
          body: createScenarioInput,
          response: { 201: scenarioView },
        },
        // A refused field is named from the top of the body, as the scenario's own checks name theirs
        // (`params.c05.min_hourly`).
        attachValidation: true,
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, governancePolicies.useSandbox);
        if (request.validationError)
          throw errors.validation(toFieldIssues(request.validationError.validation ?? []));
        const input = request.body;
        const { row, document, version } = await loadCurrentAgreement(ctx.db, input.agreementId);
        // A draft or an agreement under negotiation may be replayed, by those the agreements module shows it to.
        if (!agreementVisibleTo(actor, row)) throw errors.notFound({ zh: '该协议', en: 'The agreement' });
        // The scenario reads the rows of the area it belongs to, chosen as the analyses choose theirs: a district
        // the city does not have is a mistake (400) before any question of who may see it (403); a district
        // officer's own district whatever they asked, a city officer's district or the whole city.
        const requested = { district: input.district };
        const unknown = input.district === undefined ? null : unknownDistrictIssue(input.district, '');
        if (unknown) throw errors.validation([unknown]);
        authorize(actor, governancePolicies.analyseScope, requested);
        const district = resolveScope(actor, requested).district;
        const known = regionTree.districts.find((d) => d.zh === district);
        const area: Area = known ? { level: 'district', code: known.code } : actor.area;
        const within = agreementWithinDistrict(document, known?.zh ?? null);
        if (!within)
          throw errors.validation([
            { path: [input.district ? 'district' : 'agreementId'], ...districtNotCovered(document, known!) },
          ]);
        const changes = {
          params: input.params,
          ...(input.timeFormula ? { timeFormula: input.timeFormula } : {}),
          ...(input.payFormula ? { payFormula: input.payFormula } : {}),
        };
        const checked = applyScenarioChanges(within, changes);
        // The days it replays: those asked for, else the agreement's own days or the latest stored data.
        const stored = storedDaysOf(await storedPeriods(ctx.db), {
          industry: document.industry,
          platforms: agreementCoverageOf(document).platforms,
        });
        const replay = resolveReplayPeriod(
          { from: input.from, to: input.to },
          {
            status: row.status,
            effectiveFrom: row.effectiveFrom,
            effectiveTo: document.effective_to ?? null,
          },
          stored,
        );
        const issues = [
          ...('issues' in checked ? checked.issues : []),
          ...('issues' in replay ? replay.issues : []),
        ];
        if (issues.length) throw errors.validation(issues);
        const period = 'period' in replay ? replay.period : null;
        const scenario = await insertScenario(ctx.db, {
          agreementId: row.id,
          agreementVersion: version,
          name: input.name,
          changes: { ...changes, ...(period ? { period } : {}) },
          area: formatArea(area),
          createdBy: actor.id,
          createdByName: actor.displayName,
        });
        await audit(ctx, request, 'governance.scenario.create', `governance_scenario:${scenario.id}`, {
          agreementId: row.id,
        });
        startScenarioRun(ctx.db, ctx.config.dataDir, scenario.id, cityDate(ctx.now()));
        return reply.code(201).send(presentScenario(scenario));
      },
    );

    app.get(
      '/api/governance/scenarios',
      {
        schema: {
          tags: ['governance'],
          summary: '协商情景 / negotiation scenarios',
          querystring: scenarioListQuery,
          response: { 200: z.object({ items: z.array(scenarioView) }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, governancePolicies.useSandbox);
        const rows = await listScenarios(ctx.db, request.query.agreementId);
        const mine = rows.filter((r) => visible(actor, r.area));
        return {
          items: (await Promise.all(mine.map((r) => settleInterrupted(ctx.db, r)))).map(presentScenario),
        };
      },
    );

    app.get(
      '/api/governance/scenarios/:id',
      {
        schema: {
          tags: ['governance'],
          summary: '一个协商情景及其进度 / a scenario and its progress',
          params: idParams,
          response: { 200: scenarioView },
        },
      },
      async (request) => {
        const row = await visibleScenario(requireActor(request), request.params.id);
        return presentScenario(await settleInterrupted(ctx.db, row));
      },
    );

    app.post(
      '/api/governance/scenarios/:id/cancel',
      {
        schema: {
          tags: ['governance'],
          summary: '取消运行中的情景 / cancel a running scenario',
          params: idParams,
          response: { 200: scenarioView },
        },
      },
      async (request) => {
        const row = await visibleScenario(requireActor(request), request.params.id);
        await requestCancel(ctx.db, row.id, ctx.now());
        await audit(ctx, request, 'governance.scenario.cancel', `governance_scenario:${row.id}`);
        return presentScenario((await findScenario(ctx.db, row.id))!);
      },
    );
  };
}
