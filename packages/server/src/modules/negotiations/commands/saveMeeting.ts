import { randomUUID } from 'node:crypto';
import type { meetingInput } from '@gigpact/contracts';
import { type FieldIssue } from '@gigpact/contracts';
import type { z } from 'zod';
import type { Database } from '../../../platform/db/client';
import { errors } from '../../../platform/http/errors';
import type { Actor } from '../../../platform/security/actor';
import { authorize } from '../../../platform/security/policy';
import { findAgreement, findVersion } from '../../agreements/agreements.repository';
import { knownArea } from '../meeting-area';
import { insertMeeting, replaceFollowUps, updateMeeting } from '../negotiations.repository';
import { personalNumberIssues } from '../personal-numbers';
import { negotiationPolicies } from '../policies';
import type { MeetingRow } from '../schema';

type MeetingValues = z.output<typeof meetingInput>;

/** Every free text of a meeting with its path, for the personal-number check. */
function textsOf(values: MeetingValues): [(string | number)[], string][] {
  return [
    [['title'], values.title],
    [['place'], values.place],
    [['minutes'], values.minutes],
    ...values.parties.map((v, i): [(string | number)[], string] => [['parties', i], v]),
    ...values.participants.flatMap((p, i): [(string | number)[], string][] => [
      [['participants', i, 'name'], p.name],
      [['participants', i, 'organisation'], p.organisation],
    ]),
    ...values.proposals.flatMap((p, i): [(string | number)[], string][] => [
      [['proposals', i, 'proposedBy'], p.proposedBy],
      [['proposals', i, 'text'], p.text],
      [['proposals', i, 'note'], p.note],
    ]),
    ...values.followUps.flatMap((f, i): [(string | number)[], string][] => [
      [['followUps', i, 'text'], f.text],
      [['followUps', i, 'owner'], f.owner],
    ]),
  ];
}

async function checkMeeting(db: Database, actor: Actor, agreementId: string, values: MeetingValues) {
  authorize(actor, negotiationPolicies.recordMeetingIn, knownArea(values.regionCode));
  const agreement = await findAgreement(db, agreementId);
  if (!agreement) throw errors.notFound({ zh: '该协议', en: 'The agreement' });
  const version = await findVersion(db, agreementId, agreement.currentVersion);
  const clauseIds = new Set(version?.document.clauses.map((c) => c.id) ?? []);
  const issues: FieldIssue[] = personalNumberIssues(textsOf(values));
  values.proposals.forEach((p, i) => {
    if (p.clauseId && !clauseIds.has(p.clauseId))
      issues.push({
        path: ['proposals', i, 'clauseId'],
        zh: `proposals.${i}.clauseId：协议中没有条款 ${p.clauseId}`,
        en: `proposals.${i}.clauseId: the agreement has no clause ${p.clauseId}`,
      });
  });
  if (issues.length) throw errors.validation(issues);
}

function fields(values: MeetingValues) {
  return {
    title: values.title,
    heldOn: values.heldOn,
    place: values.place,
    regionCode: values.regionCode,
    parties: values.parties,
    participants: values.participants,
    proposals: values.proposals.map((p) => ({ ...p, id: p.id ?? randomUUID() })),
    minutes: values.minutes,
  };
}

/** Records a meeting over an agreement, with its follow-ups. */
export async function createMeeting(
  db: Database,
  actor: Actor,
  agreementId: string,
  values: MeetingValues,
  now: Date,
): Promise<MeetingRow> {
  await checkMeeting(db, actor, agreementId, values);
  return db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    const meeting = await insertMeeting(t, {
      agreementId,
      ...fields(values),
      createdBy: actor.id,
      createdByName: actor.displayName,
      updatedBy: actor.id,
      updatedByName: actor.displayName,
    });
    await replaceFollowUps(t, meeting.id, values.followUps, now);
    return meeting;
  });
}

/** Rewrites a meeting's record if nobody changed it since `rowVersion`; the recorder must be able to record both
 * where the meeting was and where it is moved to. */
export async function updateMeetingRecord(
  db: Database,
  actor: Actor,
  existing: MeetingRow,
  values: MeetingValues & { rowVersion: number },
  now: Date,
): Promise<MeetingRow> {
  authorize(actor, negotiationPolicies.recordMeetingIn, knownArea(existing.regionCode));
  await checkMeeting(db, actor, existing.agreementId, values);
  return db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    const updated = await updateMeeting(t, existing.id, values.rowVersion, {
      ...fields(values),
      updatedBy: actor.id,
      updatedByName: actor.displayName,
    });
    if (!updated) throw errors.conflict();
    await replaceFollowUps(t, existing.id, values.followUps, now);
    return updated;
  });
}
