import {
  agreementDetail,
  agreementDiff,
  agreementStatusChange,
  agreementSummary,
  agreementTransitions,
  agreementUpload,
  agreementVersionSummary,
  industries,
  publicAgreementDetail,
} from '@gigpact/contracts';
import { diffAgreements } from '@gigpact/rules';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context';
import { requireActor } from '../../../platform/http/auth';
import type { Actor } from '../../../platform/security/actor';
import { errors } from '../../../platform/http/errors';
import { authorize } from '../../../platform/security/policy';
import { audit } from '../../audit-log/audit';
import {
  findAgreement,
  findVersion,
  listAgreements,
  listVersions,
  updateAgreement,
} from '../agreements.repository';
import { checkAgreementDraft } from '../commands/checkAgreement';
import { saveAgreement } from '../commands/saveAgreement';
import { agreementPolicies, agreementVisibleTo, publicStatuses } from '../policies';
import { presentAgreement, presentDetail, presentVersion } from '../presenters';

const tags = ['agreements'];
const idParams = z.object({ id: z.string().min(1).max(80) });

export function agreementRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  /** An agreement at a version; one the actor may not see (`agreementVisibleTo`) is not found. */
  const detailOf = async (id: string, number?: number, actor?: Actor) => {
    const agreement = await findAgreement(ctx.db, id);
    if (!agreement || (actor && !agreementVisibleTo(actor, agreement)))
      throw errors.notFound({ zh: '该协议', en: 'The agreement' });
    const version = await findVersion(ctx.db, id, number ?? agreement.currentVersion);
    if (!version) throw errors.notFound({ zh: '该版本', en: 'That version' });
    return { agreement, version };
  };

  return async (app) => {
    app.get(
      '/api/agreements',
      {
        schema: {
          tags,
          summary: '协议列表 / agreements',
          querystring: z.object({ industry: z.enum(industries).optional() }),
          response: { 200: z.object({ items: z.array(agreementSummary) }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, agreementPolicies.viewAgreements);
        const rows = await listAgreements(ctx.db, { industry: request.query.industry });
        return {
          items: rows
            .filter((r) => agreementVisibleTo(actor, r.agreement))
            .map((r) => presentAgreement(r.agreement, r.version)),
        };
      },
    );

    app.get(
      '/api/agreements/:id',
      {
        schema: {
          tags,
          summary: '协议详情（可指定版本） / an agreement, at its current or a given version',
          params: idParams,
          querystring: z.object({ version: z.coerce.number().int().min(1).optional() }),
          response: { 200: agreementDetail },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, agreementPolicies.viewAgreements);
        const { agreement, version } = await detailOf(request.params.id, request.query.version, actor);
        return presentDetail(agreement, version);
      },
    );

    app.get(
      '/api/agreements/:id/versions',
      {
        schema: {
          tags,
          summary: '修订历史 / amendment history',
          params: idParams,
          response: { 200: z.object({ items: z.array(agreementVersionSummary) }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, agreementPolicies.viewAgreements);
        await detailOf(request.params.id, undefined, actor);
        return { items: (await listVersions(ctx.db, request.params.id)).map(presentVersion) };
      },
    );

    app.get(
      '/api/agreements/:id/diff',
      {
        schema: {
          tags,
          summary: '两个版本的差异 / what changed between two versions',
          params: idParams,
          querystring: z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) }),
          response: { 200: agreementDiff },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, agreementPolicies.viewAgreements);
        const [before, after] = await Promise.all([
          detailOf(request.params.id, request.query.from, actor),
          detailOf(request.params.id, request.query.to, actor),
        ]);
        const changes = diffAgreements(before.version.document, after.version.document).map((c) => ({
          kind: c.kind,
          field: 'field' in c ? c.field : null,
          clauseId: 'clauseId' in c ? c.clauseId : null,
          before: 'before' in c ? c.before : null,
          after: 'after' in c ? c.after : null,
        }));
        return { from: request.query.from, to: request.query.to, changes };
      },
    );

    app.post(
      '/api/agreements',
      {
        bodyLimit: 2 * 1024 * 1024,
        schema: {
          tags,
          summary: '登记协议或提交新版本（YAML） / record an agreement or a new version of it (YAML)',
          body: agreementUpload,
          response: { 200: agreementDetail },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, agreementPolicies.draftAgreements);
        const saved = await saveAgreement(ctx.db, actor, request.body);
        await audit(ctx, request, 'agreement.save', `agreement:${saved.id}`, {
          version: saved.currentVersion,
        });
        const { agreement, version } = await detailOf(saved.id);
        return presentDetail(agreement, version);
      },
    );

    app.post(
      '/api/agreements/:id/status',
      {
        schema: {
          tags,
          summary: '推进协议状态 / move the agreement to its next status',
          params: idParams,
          body: agreementStatusChange,
          response: { 200: agreementSummary },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { agreement } = await detailOf(request.params.id);
        const target = request.body.status;
        authorize(actor, agreementPolicies.moveTo, target);
        if (!agreementTransitions[agreement.status].includes(target)) {
          throw errors.validation([
            {
              path: ['status'],
              zh: `协议不能从"${agreement.status}"变为"${target}"`,
              en: `an agreement cannot go from ${agreement.status} to ${target}`,
            },
          ]);
        }
        const updated = await updateAgreement(ctx.db, agreement.id, request.body.rowVersion, {
          status: target,
        });
        if (!updated) throw errors.conflict();
        await audit(ctx, request, 'agreement.status', `agreement:${agreement.id}`, {
          from: agreement.status,
          to: target,
        });
        const { version } = await detailOf(agreement.id);
        return presentAgreement(updated, version);
      },
    );

    // The public's view: agreements in force (and those they replaced), for anyone without an account.
    app.get(
      '/api/public/agreements',
      {
        schema: {
          tags: ['public'],
          summary: '公开的协议 / published agreements',
          response: { 200: z.object({ items: z.array(agreementSummary) }) },
        },
      },
      async () => {
        const rows = await listAgreements(ctx.db, { status: publicStatuses });
        return { items: rows.map((r) => presentAgreement(r.agreement, r.version)) };
      },
    );

    app.get(
      '/api/public/agreements/:id',
      {
        schema: {
          tags: ['public'],
          summary: '公开的协议全文及每条规则的说明 / a published agreement, with what each clause checks',
          params: idParams,
          response: { 200: publicAgreementDetail },
        },
      },
      async (request) => {
        const { agreement, version } = await detailOf(request.params.id);
        if (!publicStatuses.includes(agreement.status))
          throw errors.notFound({ zh: '该协议', en: 'The agreement' });
        // The same words the clause editor shows, from the stored text and its parameters.
        const { clauses } = checkAgreementDraft(version.source);
        return { ...presentDetail(agreement, version), explanations: clauses };
      },
    );
  };
}
