import type { MeetingDetail, MeetingInput, MeetingSummary } from '@gigpact/contracts';
import { api } from '../../../api/client';

export const meetingKeys = {
  all: ['meetings'] as const,
  list: (agreementId: string) => ['meetings', 'list', agreementId] as const,
  detail: (id: string) => ['meetings', 'detail', id] as const,
};

export function listMeetings(agreementId: string): Promise<{ items: MeetingSummary[] }> {
  return api.request(`/api/agreements/${encodeURIComponent(agreementId)}/meetings`);
}

export function getMeeting(id: string): Promise<MeetingDetail> {
  return api.request(`/api/negotiations/meetings/${encodeURIComponent(id)}`);
}

export function createMeeting(agreementId: string, body: MeetingInput): Promise<MeetingDetail> {
  return api.request(`/api/agreements/${encodeURIComponent(agreementId)}/meetings`, { method: 'POST', body });
}

export function updateMeeting(
  id: string,
  body: MeetingInput & { rowVersion: number },
): Promise<MeetingDetail> {
  return api.request(`/api/negotiations/meetings/${encodeURIComponent(id)}`, { method: 'PUT', body });
}

export function markFollowUp(
  meetingId: string,
  followUpId: string,
  done: boolean,
  rowVersion: number,
): Promise<MeetingDetail> {
  return api.request(
    `/api/negotiations/meetings/${encodeURIComponent(meetingId)}/follow-ups/${encodeURIComponent(followUpId)}`,
    { method: 'POST', body: { done, rowVersion } },
  );
}

/** Whether the role records meetings (the server also checks the area). */
export const mayRecordMeetings = (role: string | undefined) =>
  role === 'city_admin' || role === 'district_officer';
