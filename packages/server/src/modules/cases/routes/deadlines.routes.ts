import { deadlineView, notificationView } from '@gigpact/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context';
import { requireActor } from '../../../platform/http/auth';
import { authorize } from '../../../platform/security/policy';
import { clockOf } from '../context';
import { notificationsFor, overdueDeadlines } from '../deadlines';
import { casePolicies } from '../policies';
import { presentDeadline } from '../presenters';

const tags = ['cases'];

export function deadlineRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/cases/overdue',
      {
        schema: {
          tags,
          summary: '逾期期限 / overdue deadlines in the actor’s area',
          response: {
            200: z.object({
              items: z.array(
                deadlineView.extend({
                  caseId: z.string(),
                  caseNumber: z.string(),
                  caseTitle: z.string(),
                  office: z.string(),
                }),
              ),
            }),
          },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, casePolicies.viewCases);
        const rows = await overdueDeadlines(ctx.db, actor, clockOf(ctx).today);
        return {
          items: rows.map((r) => ({
            ...presentDeadline(r.deadline),
            caseId: r.deadline.caseId,
            caseNumber: r.caseNumber,
            caseTitle: r.caseTitle,
            office: r.office,
          })),
        };
      },
    );

    app.get(
      '/api/cases/notifications',
      {
        schema: {
          tags,
          summary: '督办与移送通知 / escalations and referrals for the actor’s office',
          response: { 200: z.object({ items: z.array(notificationView) }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, casePolicies.viewCases);
        const rows = await notificationsFor(ctx.db, actor);
        return {
          items: rows.map(({ notification: n, caseNumber }) => ({
            id: n.id,
            caseId: n.caseId,
            caseNumber,
            kind: n.kind,
            message: { zh: n.messageZh, en: n.messageEn },
            createdAt: n.createdAt.toISOString(),
          })),
        };
      },
    );
  };
}
