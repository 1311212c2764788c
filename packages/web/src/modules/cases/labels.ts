import {
  areaName,
  parseArea,
  caseSourceNames,
  caseStatusNames,
  caseTypeNames,
  deadlineKindNames,
  letterKindNames,
  outcomeKindNames,
  type CaseSource,
  type CaseStatus,
  type CaseType,
  type DeadlineKind,
  type DeadlineStatus,
  type Language,
  type LetterKind,
  type OutcomeKind,
} from '@gigpact/contracts';
import { localized } from '../../i18n/localized';

/** Tag colours of a case's states, from new (blue) through the joint work (gold, purple) to done (green, grey). */
export const statusColours: Record<CaseStatus, string> = {
  intake: 'blue',
  triage: 'geekblue',
  supervision: 'gold',
  mediation: 'cyan',
  referral: 'purple',
  resolution: 'green',
  closed: 'default',
};

export const deadlineColours: Record<DeadlineStatus, string> = {
  open: 'processing',
  met: 'success',
  overdue: 'error',
};

export const letterStatusColours: Record<'issued' | 'answered' | 'overdue', string> = {
  issued: 'processing',
  answered: 'success',
  overdue: 'error',
};

export const statusLabel = (s: CaseStatus, l: Language) => localized(caseStatusNames[s], l);
export const typeLabel = (t: CaseType, l: Language) => localized(caseTypeNames[t], l);
export const sourceLabel = (s: CaseSource, l: Language) => localized(caseSourceNames[s], l);
export const letterKindLabel = (k: LetterKind, l: Language) => localized(letterKindNames[k], l);
export const deadlineKindLabel = (k: DeadlineKind, l: Language) => localized(deadlineKindNames[k], l);
export const outcomeKindLabel = (k: OutcomeKind, l: Language) => localized(outcomeKindNames[k], l);

/** The timeline's kinds of step; an unknown kind (from a newer server) is shown as it is. */
export const eventKinds = [
  'intake',
  'transition',
  'reopen',
  'assignment',
  'referral',
  'outcome',
  'letter',
  'letter_response',
  'mediation_request',
  'mediation_outcome',
  'escalation',
  'attachment',
  'arbitration_handoff',
  'campaign_inspection',
] as const;
export type EventKind = (typeof eventKinds)[number];

export function isEventKind(kind: string): kind is EventKind {
  return (eventKinds as readonly string[]).includes(kind);
}

/** Whole yuan with thousands separators and the fen kept: "126000.00" → "¥126,000.00". */
export function formatYuan(amount: string | null, none = '—'): string {
  if (amount === null || !/^\d+(\.\d{1,2})?$/.test(amount)) return amount ?? none;
  const [yuan = '0', fen = ''] = amount.split('.');
  return `¥${yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${(fen + '00').slice(0, 2)}`;
}

/** An office's name from its area string (`district:310118` → 青浦区); the string itself if unknown. */
export function officeName(office: string, language: Language): string {
  const area = parseArea(office);
  const name = area ? areaName(area) : undefined;
  return name ? localized(name, language) : office;
}
