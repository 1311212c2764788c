import type { DeadlineKind } from '@gigpact/contracts';
import { formatArea, parseArea } from '@gigpact/contracts';
import { and, asc, eq, gte, inArray, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client';
import { cityDate } from '../../platform/clock';
import type { Actor } from '../../platform/security/actor';
import { caseDeadlines, caseEvents, caseNotifications, cases, type CaseDeadlineRow } from './schema';
import { visibleCases } from './visibility';
import type { HolidayCalendar } from './working-days/calendar';
import { addWorkingDays } from './working-days/working-days';

/** Statutory and house periods, in working days (see docs/adr/0005-working-days.md). */
export const periods = {
  triage: 5,
  opinionAnswer: 15,
  recommendationCaseOpening: 5,
  /** How many working days ahead the office in charge is reminded of a deadline. */
  reminderAhead: 2,
} as const;

export interface NewDeadline {
  caseId: string;
  kind: DeadlineKind;
  letterId?: string | null;
  startsOn: string;
  workingDays: number;
}

/** Opens a deadline counted in the calendar's working days from the day after `startsOn`. */
export async function openDeadline(
  db: Database,
  calendar: HolidayCalendar,
  input: NewDeadline,
): Promise<CaseDeadlineRow> {
  const { dueOn, beyondCalendar } = addWorkingDays(calendar, input.startsOn, input.workingDays);
  const [row] = await db
    .insert(caseDeadlines)
    .values({
      ...input,
      letterId: input.letterId ?? null,
      dueOn,
      calendarKnownUntil: beyondCalendar ? calendar.lastKnownYear : null,
    })
    .returning();
  return row!;
}

/** Marks the open (or overdue) deadlines of a case met: of one kind, or the one of a letter. */
export async function meetDeadlines(
  db: Database,
  where: { caseId: string; kinds?: DeadlineKind[]; letterId?: string },
  metOn: string,
): Promise<void> {
  await db
    .update(caseDeadlines)
    .set({ status: 'met', metOn })
    .where(
      and(
        eq(caseDeadlines.caseId, where.caseId),
        sql`${caseDeadlines.status} <> 'met'`,
        where.kinds ? inArray(caseDeadlines.kind, where.kinds) : undefined,
        where.letterId ? eq(caseDeadlines.letterId, where.letterId) : undefined,
      ),
    );
}

/** The office one level up, which hears of what its office let slip: street → district → city. */
export function nextLevelUp(office: string): string {
  const area = parseArea(office);
  if (!area || area.level === 'city') return 'city:310000';
  if (area.level === 'street') return formatArea({ level: 'district', code: area.code.slice(0, 6) });
  return 'city:310000';
}

/**
 * Reminds the office in charge, once, of each open deadline due within the next two working days (today
 * included). Returns how many it reminded.
 */
export async function remindDueDeadlines(
  db: Database,
  calendar: HolidayCalendar,
  now: Date,
): Promise<number> {
  const today = cityDate(now);
  const horizon = addWorkingDays(calendar, today, periods.reminderAhead).dueOn;
  const due = await db
    .select({ deadline: caseDeadlines, number: cases.number, office: cases.office })
    .from(caseDeadlines)
    .innerJoin(cases, eq(cases.id, caseDeadlines.caseId))
    .where(
      and(
        eq(caseDeadlines.status, 'open'),
        isNull(caseDeadlines.remindedAt),
        gte(caseDeadlines.dueOn, today),
        lte(caseDeadlines.dueOn, horizon),
      ),
    );
  for (const { deadline, number, office } of due) {
    await db.transaction(async (tx) => {
      const t = tx as unknown as Database;
      const marked = await t
        .update(caseDeadlines)
        .set({ remindedAt: now })
        .where(and(eq(caseDeadlines.id, deadline.id), isNull(caseDeadlines.remindedAt)))
        .returning({ id: caseDeadlines.id });
      if (marked.length === 0) return;
      await t.insert(caseNotifications).values({
        recipient: office,
        caseId: deadline.caseId,
        kind: 'deadline_due_soon',
        messageZh: `案件 ${number} 的期限将于 ${deadline.dueOn} 届满，请及时跟进`,
        messageEn: `Case ${number}: a deadline falls due on ${deadline.dueOn}; please follow up`,
        createdAt: now,
      });
    });
  }
  return due.length;
}

/**
 * Marks every open deadline whose day has passed (in the city's calendar) overdue, and escalates each once: a
 * notification to the office one level up and a step in the case's timeline. Returns how many it escalated.
 */
export async function sweepOverdueDeadlines(db: Database, now: Date): Promise<number> {
  const today = cityDate(now);
  const due = await db
    .select({ deadline: caseDeadlines, number: cases.number, office: cases.office })
    .from(caseDeadlines)
    .innerJoin(cases, eq(cases.id, caseDeadlines.caseId))
    .where(and(eq(caseDeadlines.status, 'open'), lt(caseDeadlines.dueOn, today)))
    .orderBy(asc(caseDeadlines.dueOn));
  for (const { deadline, number, office } of due) {
    const to = nextLevelUp(office);
    await db.transaction(async (tx) => {
      const t = tx as unknown as Database;
      const marked = await t
        .update(caseDeadlines)
        .set({ status: 'overdue', escalatedAt: now, escalatedTo: to })
        .where(and(eq(caseDeadlines.id, deadline.id), eq(caseDeadlines.status, 'open')))
        .returning({ id: caseDeadlines.id });
      if (marked.length === 0) return;
      await t.insert(caseNotifications).values({
        recipient: to,
        caseId: deadline.caseId,
        kind: 'deadline_overdue',
        messageZh: `案件 ${number} 的期限已于 ${deadline.dueOn} 届满，尚未完成，请督办`,
        messageEn: `Case ${number}: the deadline of ${deadline.dueOn} has passed unmet; please follow up`,
        createdAt: now,
      });
      await t.insert(caseEvents).values({
        caseId: deadline.caseId,
        at: now,
        kind: 'escalation',
        note: `逾期上报 ${to} / overdue, escalated to ${to}`,
        details: { deadlineId: deadline.id, kind: deadline.kind, dueOn: deadline.dueOn, to },
      });
    });
  }
  return due.length;
}

/** The unmet deadlines past their day among the cases an actor may see, oldest first. */
export async function overdueDeadlines(db: Database, actor: Actor, today: string) {
  return db
    .select({
      deadline: caseDeadlines,
      caseNumber: cases.number,
      caseTitle: cases.title,
      office: cases.office,
    })
    .from(caseDeadlines)
    .innerJoin(cases, eq(cases.id, caseDeadlines.caseId))
    .where(and(visibleCases(actor), sql`${caseDeadlines.status} <> 'met'`, lt(caseDeadlines.dueOn, today)))
    .orderBy(asc(caseDeadlines.dueOn))
    .limit(500);
}

/**
 * The address at which an actor reads notifications: an officer at the union office of their area
 * (`street:310118106`, `district:310118`, `city:310000`), a procurator at their district's procuratorate
 * (`procuratorate:310118`), a mediator at their district's mediation centre (`mediation:310118`), a worker at their
 * own account (`worker:<id>`; nothing is addressed to mediators or workers yet). The role is part of the address,
 * so a worker or a mediator never reads what is addressed to the union office of the area they live or work in.
 * Null for those no notification is addressed to.
 */
export function recipientOf(actor: Actor): string | null {
  const district = actor.area.code.slice(0, 6);
  switch (actor.role) {
    case 'city_admin':
    case 'district_officer':
    case 'street_officer':
      return formatArea(actor.area);
    case 'procurator':
      return actor.area.level === 'street' ? null : `procuratorate:${district}`;
    case 'mediator':
      return actor.area.level === 'street' ? null : `mediation:${district}`;
    case 'worker':
      return `worker:${actor.id}`;
    case 'platform_rep':
      return null;
  }
}

/**
 * The notifications addressed to the actor, newest first, about cases the actor may see: a notification names a
 * case, its number and its deadline, so it reaches only those the case page itself would open for
 * (`visibleCases`, the rule of `casePolicies.viewCase`). One about a case that has since moved out of the actor's
 * reach (another street, another procuratorate) is no longer shown.
 */
export async function notificationsFor(db: Database, actor: Actor, limit = 100) {
  const address = recipientOf(actor);
  if (!address) return [];
  return db
    .select({ notification: caseNotifications, caseNumber: cases.number })
    .from(caseNotifications)
    .leftJoin(cases, eq(cases.id, caseNotifications.caseId))
    .where(
      and(
        eq(caseNotifications.recipient, address),
        or(isNull(caseNotifications.caseId), and(isNotNull(cases.id), visibleCases(actor))),
      ),
    )
    .orderBy(sql`${caseNotifications.createdAt} desc`)
    .limit(limit);
}
