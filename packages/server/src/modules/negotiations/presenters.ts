import {
  participantRoleNames,
  proposalOutcomes,
  type MeetingDetail,
  type MeetingSummary,
  type ProposalOutcome,
} from '@gigpact/contracts';
import type { FollowUpRow, MeetingRow } from './schema';

function counts(meeting: MeetingRow): Record<ProposalOutcome, number> {
  const result = Object.fromEntries(proposalOutcomes.map((o) => [o, 0])) as Record<ProposalOutcome, number>;
  for (const p of meeting.proposals) result[p.outcome] += 1;
  return result;
}

export function presentMeeting(meeting: MeetingRow, followUps: FollowUpRow[]): MeetingSummary {
  return {
    id: meeting.id,
    agreementId: meeting.agreementId,
    title: meeting.title,
    heldOn: meeting.heldOn,
    place: meeting.place,
    regionCode: meeting.regionCode,
    parties: meeting.parties,
    participantCount: meeting.participants.length,
    proposalCounts: counts(meeting),
    openFollowUps: followUps.filter((f) => !f.done).length,
    recordedBy: meeting.createdByName,
    updatedAt: meeting.updatedAt.toISOString(),
    rowVersion: meeting.rowVersion,
  };
}

/**
 * A meeting in full. Riders' representatives are named to union officers only: to anyone else each stands as
 * "骑手代表 1 / Riders' representative 1", so speaking up at a meeting exposes no one to the platform.
 */
export function presentMeetingDetail(
  meeting: MeetingRow,
  followUps: FollowUpRow[],
  showRepresentatives: boolean,
): MeetingDetail {
  let n = 0;
  const masked = new Map<string, string>();
  const participants = meeting.participants.map((p) => {
    if (showRepresentatives || p.role !== 'rider_representative') return { ...p };
    n += 1;
    const names = participantRoleNames.rider_representative;
    const alias = `${names.zh} ${n} / ${names.en} ${n}`;
    masked.set(p.name, alias);
    return { name: alias, organisation: '', role: p.role };
  });
  const hide = (text: string) => [...masked].reduce((t, [name, alias]) => t.replaceAll(name, alias), text);
  return {
    ...presentMeeting(meeting, followUps),
    participants,
    proposals: meeting.proposals.map((p) => ({
      ...p,
      proposedBy: masked.get(p.proposedBy) ?? hide(p.proposedBy),
      text: hide(p.text),
      note: hide(p.note),
    })),
    followUps: followUps.map((f) => ({
      id: f.id,
      text: hide(f.text),
      owner: masked.get(f.owner) ?? hide(f.owner),
      dueOn: f.dueOn,
      done: f.done,
    })),
    minutes: hide(meeting.minutes),
    updatedBy: meeting.updatedByName,
  };
}
