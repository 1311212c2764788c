import {
  publicScorecardListView,
  scorecardListView,
  scorecardReplyInput,
  scorecardReplyView,
  type ScorecardListView,
} from '@gigpact/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context';
import { requireActor } from '../../../platform/http/auth';
import { errors } from '../../../platform/http/errors';
import type { Actor } from '../../../platform/security/actor';
import { authorize } from '../../../platform/security/policy';
import { audit } from '../../audit-log/audit';
import { platformOfRepresentative } from '../../datasets/platform-of-actor';
import { findPlatformByCode } from '../../registry/platforms.repository';
import { governancePolicies } from '../policies';
import { presentReply } from '../presenters';
import { computeScorecards } from '../scorecards/compute';
import { insertReply, listReplies } from '../scorecards/replies.repository';

const platformParams = z.object({ platform: z.string().regex(/^[a-z][a-z0-9_]{1,31}$/) });

/** Scorecards: for signed-in users in governance, for the public read-only, and the platform's right of reply. */
export function scorecardRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    /** The cards as `reader` sees them (null: the public), their links to pages that reader may open. */
    const cards = async (reader: Actor | null, only: string | null): Promise<ScorecardListView> => {
      const audience = reader ? 'signed_in' : 'public';
      const [computed, replies] = await Promise.all([
        computeScorecards(ctx.db, ctx.config.dataDir, reader),
        listReplies(ctx.db),
      ]);
      return {
        computedAt: ctx.now().toISOString(),
        items: computed
          .filter((c) => only === null || c.platform === only)
          .map((card) => ({
            platform: card.platform,
            nameZh: card.nameZh,
            nameEn: card.nameEn,
            industry: card.industry,
            score: card.points.filter((p) => p.awarded).length,
            points: card.points.map((p) => ({
              id: p.id,
              principle: p.principle,
              level: p.level,
              awarded: p.awarded,
              assessed: p.assessed,
              metric: p.metric,
              value: p.value,
              comparator: p.comparator,
              threshold: p.threshold,
              unit: p.unit,
              evidence: {
                target: p.links.target,
                link: audience === 'public' ? p.links.publicLink : p.links.link,
              },
            })),
            period: card.period,
            auditRunId: card.auditRunId,
            unauditedDatasets: card.unauditedDatasets,
            replies: replies
              .filter((r) => r.platform === card.platform)
              .map((r) => presentReply(r, audience === 'public' ? card : null)),
          })),
      };
    };

    app.get(
      '/api/governance/scorecards',
      {
        schema: {
          tags: ['governance'],
          summary: '平台评分卡 / platform scorecards',
          response: { 200: scorecardListView },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, governancePolicies.analyse);
        return cards(actor, platformOfRepresentative(actor));
      },
    );

    app.get(
      '/api/public/scorecards',
      {
        schema: {
          tags: ['public'],
          summary: '公开的平台评分卡 / public platform scorecards',
          response: { 200: publicScorecardListView },
        },
      },
      async () => {
        const view = await cards(null, null);
        // The run a card's findings come from is an internal id: the public's links to audits are null anyway.
        return { ...view, items: view.items.map(({ auditRunId: _internal, ...card }) => card) };
      },
    );

    app.post(
      '/api/governance/scorecards/:platform/replies',
      {
        schema: {
          tags: ['governance'],
          summary: '平台对评分卡的答复 / the platform’s reply to its scorecard',
          params: platformParams,
          body: scorecardReplyInput,
          response: { 201: scorecardReplyView },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        // A platform the registry does not know has no card to answer: not found, whoever asks.
        if (!(await findPlatformByCode(ctx.db, request.params.platform)))
          throw errors.notFound({
            zh: `平台 ${request.params.platform}`,
            en: `platform ${request.params.platform}`,
          });
        if (!governancePolicies.reply(actor, request.params.platform)) throw errors.forbidden();
        const row = await insertReply(ctx.db, {
          platform: request.params.platform,
          principle: request.body.principle,
          body: request.body.body,
          authorId: actor.id,
          authorName: actor.displayName,
        });
        await audit(ctx, request, 'governance.scorecard.reply', `scorecard:${row.platform}`, {
          replyId: row.id,
        });
        return reply.code(201).send(presentReply(row, null));
      },
    );
  };
}
