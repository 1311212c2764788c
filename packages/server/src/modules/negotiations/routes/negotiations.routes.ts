import {
  followUpChange,
  meetingDetail,
  meetingInput,
  meetingSummary,
  meetingUpdate,
} from '@gigpact/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context';
import { requireActor } from '../../../platform/http/auth';
import { errors } from '../../../platform/http/errors';
import type { Actor } from '../../../platform/security/actor';
import { authorize } from '../../../platform/security/policy';
import { findAgreement } from '../../agreements/agreements.repository';
import { audit } from '../../audit-log/audit';
import { markFollowUp } from '../commands/markFollowUp';
import { createMeeting, updateMeetingRecord } from '../commands/saveMeeting';
import { areaOfRegion } from '../meeting-area';
import { findMeeting, followUpsOf, listMeetingsOf } from '../negotiations.repository';
import { negotiationPolicies } from '../policies';
import { presentMeeting, presentMeetingDetail } from '../presenters';
import type { MeetingRow } from '../schema';

const tags = ['negotiations'];
const agreementParams = z.object({ id: z.string().min(1).max(80) });
const meetingParams = z.object({ meetingId: z.uuid() });

/** Negotiation meetings (恳谈会) over an agreement: their record, proposals and follow-ups. */
export function negotiationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const agreementOf = async (id: string) => {
    const agreement = await findAgreement(ctx.db, id);
    if (!agreement) throw errors.notFound({ zh: '该协议', en: 'The agreement' });
    return agreement;
  };
  const resourceOf = (meeting: MeetingRow, platforms: string[]) => ({
    area: areaOfRegion(meeting.regionCode),
    platforms,
  });
  /** The meeting, if the actor may see it; one they may not see is reported as missing. */
  const visibleMeeting = async (actor: Actor, id: string) => {
    authorize(actor, negotiationPolicies.viewMeetings);
    const meeting = await findMeeting(ctx.db, id);
    const agreement = meeting && (await findAgreement(ctx.db, meeting.agreementId));
    if (
      !meeting ||
      !agreement ||
      !negotiationPolicies.seeMeeting(actor, resourceOf(meeting, agreement.platforms))
    )
      throw errors.notFound({ zh: '该恳谈会', en: 'The meeting' });
    return meeting;
  };
  const detail = async (actor: Actor, meeting: MeetingRow) =>
    presentMeetingDetail(
      meeting,
      await followUpsOf(ctx.db, [meeting.id]),
      negotiationPolicies.seeRepresentativeNames(actor),
    );

  return async (app) => {
    app.get(
      '/api/agreements/:id/meetings',
      {
        schema: {
          tags,
          summary: '协议的恳谈会 / the negotiation meetings over an agreement',
          params: agreementParams,
          response: { 200: z.object({ items: z.array(meetingSummary) }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, negotiationPolicies.viewMeetings);
        const agreement = await agreementOf(request.params.id);
        const meetings = (await listMeetingsOf(ctx.db, agreement.id)).filter((m) =>
          negotiationPolicies.seeMeeting(actor, resourceOf(m, agreement.platforms)),
        );
        const followUps = await followUpsOf(
          ctx.db,
          meetings.map((m) => m.id),
        );
        return {
          items: meetings.map((m) =>
            presentMeeting(
              m,
              followUps.filter((f) => f.meetingId === m.id),
            ),
          ),
        };
      },
    );

    app.post(
      '/api/agreements/:id/meetings',
      {
        schema: {
          tags,
          summary: '记录一次恳谈会 / record a negotiation meeting',
          params: agreementParams,
          body: meetingInput,
          response: { 200: meetingDetail },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const meeting = await createMeeting(ctx.db, actor, request.params.id, request.body, ctx.now());
        await audit(ctx, request, 'negotiation.create', `meeting:${meeting.id}`, {
          agreementId: meeting.agreementId,
        });
        return detail(actor, meeting);
      },
    );

    app.get(
      '/api/negotiations/meetings/:meetingId',
      {
        schema: {
          tags,
          summary: '恳谈会详情 / one negotiation meeting',
          params: meetingParams,
          response: { 200: meetingDetail },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const meeting = await visibleMeeting(actor, request.params.meetingId);
        // Participants are named people: every read is logged.
        await audit(ctx, request, 'negotiation.read', `meeting:${meeting.id}`, {
          agreementId: meeting.agreementId,
        });
        return detail(actor, meeting);
      },
    );

    app.put(
      '/api/negotiations/meetings/:meetingId',
      {
        schema: {
          tags,
          summary: '修改恳谈会记录 / change a meeting record',
          params: meetingParams,
          body: meetingUpdate,
          response: { 200: meetingDetail },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const existing = await visibleMeeting(actor, request.params.meetingId);
        const updated = await updateMeetingRecord(ctx.db, actor, existing, request.body, ctx.now());
        await audit(ctx, request, 'negotiation.update', `meeting:${updated.id}`, {
          rowVersion: updated.rowVersion,
        });
        return detail(actor, updated);
      },
    );

    app.post(
      '/api/negotiations/meetings/:meetingId/follow-ups/:followUpId',
      {
        schema: {
          tags,
          summary: '标记跟进事项完成与否 / mark a follow-up done or open',
          params: meetingParams.extend({ followUpId: z.uuid() }),
          body: followUpChange,
          response: { 200: meetingDetail },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const existing = await visibleMeeting(actor, request.params.meetingId);
        const updated = await markFollowUp(
          ctx.db,
          actor,
          existing,
          request.params.followUpId,
          request.body,
          ctx.now(),
        );
        await audit(ctx, request, 'negotiation.follow_up', `meeting:${updated.id}`, {
          followUpId: request.params.followUpId,
          done: request.body.done,
        });
        return detail(actor, updated);
      },
    );
  };
}
