import type { ComplaintInput, FindingCaseInput, HotlineCaseInput } from '@gigpact/contracts';
import type { Database } from '../../../platform/db/client';
import type { Actor } from '../../../platform/security/actor';
import { authorize } from '../../../platform/security/policy';
import { casePolicies } from '../policies';
import type { CaseRow } from '../schema';
import type { HolidayCalendar } from '../working-days/calendar';
import { areaOfNewCase, openCase, type Step } from './open-case';

const stepOf = (actor: Actor, today: string, now: Date): Step => ({
  actorId: actor.id,
  actorName: actor.displayName,
  today,
  now,
});

/** A worker's own complaint: the worker is its complainant and the only worker who will see it. */
export function fileComplaint(
  db: Database,
  calendar: HolidayCalendar,
  actor: Actor,
  input: ComplaintInput,
  today: string,
  now: Date,
): Promise<CaseRow> {
  authorize(actor, casePolicies.fileComplaint);
  return db.transaction((tx) =>
    openCase(
      tx as unknown as Database,
      calendar,
      {
        ...input,
        source: 'complaint',
        complainantId: actor.id,
        complainantName: input.workerName,
        complainantPhone: input.workerPhone,
        parties: [
          {
            kind: 'worker',
            name: input.workerName,
            contact: input.workerPhone,
            platformCode: null,
            enterpriseId: null,
          },
          ...(input.employerName
            ? [
                {
                  kind: 'franchisee' as const,
                  name: input.employerName,
                  contact: null,
                  platformCode: input.platformCode,
                  enterpriseId: null,
                },
              ]
            : []),
        ],
      },
      stepOf(actor, today, now),
    ),
  );
}

/** A case an officer enters from a hotline call, inside the officer's own area. */
export function enterHotlineCase(
  db: Database,
  calendar: HolidayCalendar,
  actor: Actor,
  input: HotlineCaseInput,
  today: string,
  now: Date,
): Promise<CaseRow> {
  authorize(actor, casePolicies.enterCaseIn, areaOfNewCase(input));
  const worker = input.parties.find((p) => p.kind === 'worker');
  return db.transaction((tx) =>
    openCase(
      tx as unknown as Database,
      calendar,
      {
        ...input,
        source: 'hotline',
        complainantName: worker?.name ?? null,
        complainantPhone: worker?.contact ?? null,
      },
      stepOf(actor, today, now),
    ),
  );
}

/**
 * A case opened from one or more audit findings, carrying their evidence bundle (findings, rule, clause,
 * agreement version, result hash, evidence rows and trace). Only the audits module calls this
 * (`POST /api/audits/runs/:id/cases`), with a bundle it built from the stored findings of a finished run the actor
 * may see; no route takes a bundle from a client, since it is what goes to the procuratorate as evidence.
 */
export function openCaseFromFindings(
  db: Database,
  calendar: HolidayCalendar,
  actor: Actor,
  input: FindingCaseInput,
  today: string,
  now: Date,
): Promise<CaseRow> {
  authorize(actor, casePolicies.enterCaseIn, areaOfNewCase(input));
  return db.transaction((tx) =>
    openCase(
      tx as unknown as Database,
      calendar,
      { ...input, source: 'finding', occurredOn: null },
      stepOf(actor, today, now),
    ),
  );
}
