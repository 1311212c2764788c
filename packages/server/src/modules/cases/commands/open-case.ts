import type { CaseParty, CaseSource, CaseType, EvidenceBundle, FieldIssue } from '@gigpact/contracts';
import { formatArea, type Area } from '@gigpact/contracts';
import type { Database } from '../../../platform/db/client';
import { errors } from '../../../platform/http/errors';
import { findPlatformByCode } from '../../registry/platforms.repository';
import { isKnownDistrict, streetBelongsTo } from '../../registry/region-names';
import { insertCase, recordEvent } from '../cases.repository';
import { openDeadline, periods } from '../deadlines';
import { allocateNumber, documentNumber } from '../numbering';
import type { CaseRow } from '../schema';
import type { HolidayCalendar } from '../working-days/calendar';

/** The area a new case belongs to, whose office receives it: its street if it has one, else its district. */
export function areaOfNewCase(place: { district: string; street: string | null }): Area {
  return place.street ? { level: 'street', code: place.street } : { level: 'district', code: place.district };
}

export interface NewCase {
  source: CaseSource;
  type: CaseType;
  title: string;
  description: string;
  district: string;
  street: string | null;
  platformCode: string | null;
  complainantId?: string | null;
  complainantName?: string | null;
  complainantPhone?: string | null;
  parties: CaseParty[];
  workersAffected: number;
  amountClaimed: string | null;
  occurredOn?: string | null;
  evidence?: EvidenceBundle | null;
}

export interface Step {
  actorId: string | null;
  actorName: string | null;
  today: string;
  now: Date;
}

/** Checks where a case lies and which platform it concerns, naming the fields at fault. */
export async function checkPlaceAndPlatform(
  db: Database,
  input: { district: string; street: string | null; platformCode: string | null },
): Promise<string | null> {
  const issues: FieldIssue[] = [];
  if (!isKnownDistrict(input.district))
    issues.push({ path: ['district'], zh: '区不存在', en: 'no such district' });
  else if (input.street && !streetBelongsTo(input.street, input.district)) {
    issues.push({ path: ['street'], zh: '该区没有这个街镇', en: 'no such street or town in that district' });
  }
  let platformId: string | null = null;
  if (input.platformCode) {
    const platform = await findPlatformByCode(db, input.platformCode);
    if (!platform) issues.push({ path: ['platformCode'], zh: '平台不存在', en: 'no such platform' });
    else platformId = platform.id;
  }
  if (issues.length) throw errors.validation(issues);
  return platformId;
}

/**
 * Opens a case inside the caller's transaction: numbered per district and year, handed to the office of its
 * street (or district), with its triage period running from today.
 */
export async function openCase(
  db: Database,
  calendar: HolidayCalendar,
  input: NewCase,
  step: Step,
): Promise<CaseRow> {
  const platformId = await checkPlaceAndPlatform(db, input);
  const year = Number(step.today.slice(0, 4));
  const numberingOffice = formatArea({ level: 'district', code: input.district });
  const sequence = await allocateNumber(db, numberingOffice, 'case', year);
  const office = formatArea(areaOfNewCase(input));
  const created = await insertCase(db, {
    number: documentNumber(numberingOffice, '维权', year, sequence),
    source: input.source,
    type: input.type,
    title: input.title,
    description: input.description,
    district: input.district,
    street: input.street,
    platformId,
    complainantId: input.complainantId ?? null,
    complainantName: input.complainantName ?? null,
    complainantPhone: input.complainantPhone ?? null,
    parties: input.parties,
    workersAffected: input.workersAffected,
    amountClaimed: input.amountClaimed,
    occurredOn: input.occurredOn ?? null,
    evidence: input.evidence ?? null,
    office,
    openedOn: step.today,
    createdAt: step.now,
    updatedAt: step.now,
  });
  await recordEvent(db, {
    caseId: created.id,
    at: step.now,
    actorId: step.actorId,
    actorName: step.actorName,
    kind: 'intake',
    toStatus: 'intake',
    note: null,
    details: {
      source: input.source,
      office,
      ...(input.evidence ? { findings: input.evidence.findingIds.length } : {}),
    },
  });
  await openDeadline(db, calendar, {
    caseId: created.id,
    kind: 'triage',
    startsOn: step.today,
    workingDays: periods.triage,
  });
  return created;
}
