import type { Database } from '../platform/db/client';
import { insertInBatches } from '../platform/db/batch';
import { recordEvent } from '../modules/cases/cases.repository';
import { meetDeadlines, openDeadline, periods } from '../modules/cases/deadlines';
import { allocateNumber, documentNumber } from '../modules/cases/numbering';
import { caseOutcomes, type CaseRow } from '../modules/cases/schema';
import type { HolidayCalendar } from '../modules/cases/working-days/calendar';
import { isWorkingDay, nextDay, workingDaysBefore } from '../modules/cases/working-days/working-days';
import { enterprises, platforms } from '../modules/registry/schema';
import { campaignTargets, campaigns, supervisionLetters } from '../modules/supervision/schema';
import { and, eq } from 'drizzle-orm';

async function issueDemoLetter(
  db: Database,
  calendar: HolidayCalendar,
  c: CaseRow,
  letter: {
    kind: 'reminder' | 'opinion' | 'recommendation';
    recipient: string;
    facts: string;
    requests: string;
    issuedOn: string;
    answer?: { on: string; text: string };
  },
  issuedBy: string | null,
): Promise<void> {
  const office = 'district:310118';
  const year = Number(letter.issuedOn.slice(0, 4));
  const series = { reminder: '劳监提', opinion: '劳监意', recommendation: '劳监建' }[letter.kind];
  const sequence = await allocateNumber(db, office, series, year);
  const workingDays =
    letter.kind === 'opinion'
      ? periods.opinionAnswer
      : letter.kind === 'recommendation'
        ? periods.recommendationCaseOpening
        : 10;
  const [row] = await db
    .insert(supervisionLetters)
    .values({
      caseId: c.id,
      kind: letter.kind,
      number: documentNumber(office, series, year, sequence),
      issuingOffice: office,
      year,
      sequence,
      recipient: letter.recipient,
      facts: letter.facts,
      requests: letter.requests,
      issuedOn: letter.issuedOn,
      issuedBy,
      issuedAt: new Date(`${letter.issuedOn}T03:00:00Z`),
      respondedOn: letter.answer?.on ?? null,
      response: letter.answer?.text ?? null,
    })
    .returning();
  const deadline = await openDeadline(db, calendar, {
    caseId: c.id,
    kind: letter.kind === 'recommendation' ? 'case_opening' : 'letter_response',
    letterId: row!.id,
    startsOn: letter.issuedOn,
    workingDays,
  });
  await db
    .update(supervisionLetters)
    .set({ responseDueOn: deadline.dueOn })
    .where(eq(supervisionLetters.id, row!.id));
  if (letter.answer) await meetDeadlines(db, { caseId: c.id, letterId: row!.id }, letter.answer.on);
  await recordEvent(db, {
    caseId: c.id,
    at: new Date(`${letter.issuedOn}T03:00:00Z`),
    actorId: issuedBy,
    actorName: '青浦区总工会 王敏',
    kind: 'letter',
    note: `${row!.number}`,
    details: { letterId: row!.id, kind: letter.kind, responseDueOn: deadline.dueOn },
  });
}

/** The 意见书 running on the Qingpu arrears case, and the referred case's letters and authorities' outcomes. */
export async function seedLettersAndOutcomes(
  db: Database,
  calendar: HolidayCalendar,
  created: CaseRow[],
  today: string,
  officer: string | null,
  now: Date,
): Promise<void> {
  const [arrears, , , referred] = created;
  await issueDemoLetter(
    db,
    calendar,
    arrears!,
    {
      kind: 'opinion',
      recipient: arrears!.parties.find((p) => p.kind === 'franchisee')?.name ?? '快递加盟商',
      facts: '经核查，你单位自 2026 年 9 月起未按约定向 42 名快递员支付派费，合计人民币 126,000.00 元。',
      requests: '请你单位立即足额支付拖欠派费，并按全网算法和劳动规则协议落实派费直达快递员。',
      issuedOn: workingDaysBefore(calendar, today, 3),
    },
    officer,
  );
  const opened = referred!.openedOn;
  const day = (n: number) => {
    let d = opened;
    for (let counted = 0; counted < n;) {
      d = nextDay(d);
      if (isWorkingDay(calendar, d)) counted += 1;
    }
    return d;
  };
  await issueDemoLetter(
    db,
    calendar,
    referred!,
    {
      kind: 'opinion',
      recipient: '青浦区相关快递一级加盟商',
      facts: '专项排查发现，区内多家快递一级加盟商未落实派费直达，部分网点拖欠快递员劳动报酬。',
      requests: '请立即自查整改，足额支付拖欠报酬，落实派费直达。',
      issuedOn: day(2),
      answer: { on: day(20), text: '部分企业逾期书面答复，整改不到位。' },
    },
    officer,
  );
  await issueDemoLetter(
    db,
    calendar,
    referred!,
    {
      kind: 'recommendation',
      recipient: '上海市青浦区邮政管理局',
      facts: '本会已制发劳动法律监督意见书，相关企业整改不到位。',
      requests: '建议依法约谈涉案企业，责令全网自查整改。',
      issuedOn: day(21),
      answer: { on: day(24), text: '已立案调查，约谈涉案企业。' },
    },
    officer,
  );
  const outcomes = [
    {
      kind: 'procuratorial_recommendation' as const,
      decidedOn: day(26),
      authority: '上海市青浦区人民检察院',
    },
    { kind: 'case_filed' as const, decidedOn: day(28), authority: '上海市青浦区邮政管理局' },
    { kind: 'administrative_penalty' as const, decidedOn: day(33), authority: '上海市青浦区邮政管理局' },
    { kind: 'rectification_ordered' as const, decidedOn: day(33), authority: '上海市青浦区邮政管理局' },
  ];
  for (const o of outcomes) {
    await db
      .insert(caseOutcomes)
      .values({ caseId: referred!.id, ...o, recordedBy: officer, recordedAt: now });
  }
  await openDeadline(db, calendar, {
    caseId: referred!.id,
    kind: 'rectification',
    startsOn: day(33),
    workingDays: 30,
  });
}

const checklist = [
  '派费按时足额发放',
  '派费直达快递员',
  '与快递员签订劳动合同或劳务协议',
  '落实超时免罚与休息权',
  '建立工会或加入区域性工会联合会',
];

/**
 * The 2025 investigation of the city's first-level express franchisees: the registry's express franchisees
 * plus franchisees found during the investigation that were not yet registered, 1,580 in all; 32,600 couriers
 * checked, 48 cases filed, 5 administrative penalties, 300 compliance guides.
 */
export async function seedCampaign(db: Database, officer: string | null, now: Date): Promise<void> {
  const [campaign] = await db
    .insert(campaigns)
    .values({
      title: '2025年快递一级加盟商劳动权益专项排查',
      district: null,
      platformCodes: [],
      enterpriseKinds: ['franchisee'],
      checklist,
      startedOn: '2025-06-01',
      createdBy: officer,
      createdAt: now,
    })
    .returning();
  const registered = await db
    .select({
      id: enterprises.id,
      name: enterprises.name,
      district: enterprises.district,
      street: enterprises.street,
    })
    .from(enterprises)
    .innerJoin(platforms, eq(platforms.id, enterprises.platformId))
    .where(and(eq(enterprises.kind, 'franchisee'), eq(platforms.industry, 'express')))
    .orderBy(enterprises.district, enterprises.name);
  const districts = [...new Set(registered.map((r) => r.district))];
  const targets = registered.map((r) => ({ enterpriseId: r.id as string | null, ...r }));
  for (let i = 0; targets.length < 1580; i += 1) {
    const district = districts[i % districts.length] ?? '310118';
    targets.push({
      enterpriseId: null,
      id: '',
      name: `排查新发现加盟商 ${district}-${i + 1}`,
      district,
      street: null,
    });
  }
  const extra = 32_600 - 20 * targets.length;
  await insertInBatches(
    db,
    campaignTargets,
    targets.map((t, i) => ({
      campaignId: campaign!.id,
      enterpriseId: t.enterpriseId,
      name: t.name,
      district: t.district,
      street: t.street,
      workersCovered: 20 + (i < extra ? 1 : 0),
      result: i % 25 === 0 ? ('issues_found' as const) : ('compliant' as const),
      checkedOn: `2025-${String(6 + (i % 5)).padStart(2, '0')}-${String(2 + (i % 26)).padStart(2, '0')}`,
      checks: Object.fromEntries(checklist.map((item) => [item, i % 25 !== 0])),
      caseFiled: i % 25 === 0 && i < 48 * 25,
      administrativePenalty: i % 25 === 0 && i < 5 * 25,
      guidanceSent: i % 5 === 0 && i < 300 * 5,
    })),
  );
}
