import { formatArea, type CaseParty, type EvidenceBundle } from '@gigpact/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../platform/db/client';
import { insertInBatches } from '../platform/db/batch';
import { users } from '../modules/accounts/schema';
import { insertCase, recordEvent } from '../modules/cases/cases.repository';
import { meetDeadlines, openDeadline, periods } from '../modules/cases/deadlines';
import { allocateNumber, documentNumber } from '../modules/cases/numbering';
import { caseOutcomes, type CaseRow } from '../modules/cases/schema';
import type { HolidayCalendar } from '../modules/cases/working-days/calendar';
import { holidayCalendar } from '../modules/cases/working-days/calendar';
import { isWorkingDay, nextDay } from '../modules/cases/working-days/working-days';
import { enterprises, platforms } from '../modules/registry/schema';
import { campaignTargets, campaigns, supervisionLetters } from '../modules/supervision/schema';
import { seedMediationDemo } from './seed-mediation';

/** The working day `n` working days before `today`. */
export function workingDaysBefore(calendar: HolidayCalendar, today: string, n: number): string {
  let day = today;
  let counted = 0;
  while (counted < n) {
    day = nextDay(day, -1);
    if (isWorkingDay(calendar, day)) counted += 1;
  }
  return day;
}

interface DemoCase {
  source: CaseRow['source'];
  type: CaseRow['type'];
  status: CaseRow['status'];
  title: string;
  description: string;
  district: string;
  street: string | null;
  platform: string | null;
  complainant?: { id: string | null; name: string; phone: string };
  parties: CaseParty[];
  workersAffected: number;
  amountClaimed: string | null;
  openedWorkingDaysAgo: number;
  evidence?: EvidenceBundle;
  referredTo?: string;
}

const worker = (name: string, contact: string): CaseParty => ({
  kind: 'worker',
  name,
  contact,
  platformCode: null,
  enterpriseId: null,
});
const company = (kind: CaseParty['kind'], name: string, platformCode: string | null): CaseParty => ({
  kind,
  name,
  contact: null,
  platformCode,
  enterpriseId: null,
});

/**
 * Demo cases, letters and a campaign of the order of the 2026 reply: a Qingpu express franchisee's wage arrears
 * under supervision with a 意见书 running; a rider's lateness-penalty complaint left past its triage period (so
 * the sweep escalates it); a ride-hailing commission complaint; the referred Qingpu case with its procuratorial
 * recommendation, filing and penalty; and the city's franchisee investigation with its roll-up figures.
 */
export async function seedCasesDemo(db: Database, today: string): Promise<void> {
  const calendar = holidayCalendar();
  const now = new Date();
  const accounts = await db
    .select({ id: users.id, username: users.username, displayName: users.displayName })
    .from(users)
    .where(inArray(users.username, ['rider', 'qingpu', 'mediator']));
  const account = (name: string) => accounts.find((a) => a.username === name);
  const qingpu = account('qingpu');
  const [franchisee] = await db
    .select({ name: enterprises.name })
    .from(enterprises)
    .innerJoin(platforms, eq(platforms.id, enterprises.platformId))
    .where(
      and(eq(enterprises.district, '310118'), eq(enterprises.kind, 'franchisee'), eq(platforms.code, 'zto')),
    )
    .limit(1);
  const franchiseeName = franchisee?.name ?? '中通快递青浦加盟商';

  const demoCases: DemoCase[] = [
    {
      source: 'hotline',
      type: 'wage_arrears',
      status: 'supervision',
      title: `${franchiseeName}拖欠快递员派费`,
      description: `${franchiseeName}自 2026 年 9 月起拖欠所属 42 名快递员派费，合计约 12.6 万元；快递员多次追讨未果，拨打工会热线求助。`,
      district: '310118',
      street: null,
      platform: 'zto',
      parties: [worker('周建国', '13601234567'), company('franchisee', franchiseeName, 'zto')],
      workersAffected: 42,
      amountClaimed: '126000.00',
      openedWorkingDaysAgo: 9,
    },
    {
      source: 'complaint',
      type: 'penalty_dispute',
      status: 'intake',
      title: '暴雨红色预警期间超时被扣款',
      description:
        '11 月中旬暴雨红色预警期间配送超时 3 单，被扣款共 90 元；平台协议约定恶劣天气超时免罚，申诉被驳回。',
      district: '310118',
      street: '310118106',
      platform: 'eleme',
      complainant: { id: account('rider')?.id ?? null, name: '陈小兵', phone: '13812345678' },
      parties: [worker('陈小兵', '13812345678'), company('platform', '饿了么（淘宝闪购）', 'eleme')],
      workersAffected: 1,
      amountClaimed: '90.00',
      openedWorkingDaysAgo: 8,
    },
    {
      source: 'hotline',
      type: 'commission',
      status: 'triage',
      title: '网约车司机反映平台抽成比例不透明',
      description:
        '司机反映 10 月以来单笔订单抽成最高超过 30%，账单未列明抽成规则，要求平台公开计费与抽成明细。',
      district: '310101',
      street: null,
      platform: 'didi',
      parties: [worker('孙立', '13911112222'), company('platform', '滴滴出行', 'didi')],
      workersAffected: 1,
      amountClaimed: null,
      openedWorkingDaysAgo: 2,
    },
    {
      source: 'finding',
      type: 'wage_arrears',
      status: 'referral',
      title: '青浦区保护新就业形态劳动者合法权益案',
      description:
        '审计发现区内多家快递加盟商未落实派费直达、拖欠快递员劳动报酬；区总工会制发“一函两书”后移送区检察院。',
      district: '310118',
      street: null,
      platform: null,
      parties: [company('franchisee', '青浦区多家快递一级加盟商', null)],
      workersAffected: 3260,
      amountClaimed: null,
      openedWorkingDaysAgo: 40,
      referredTo: '310118',
      evidence: {
        findingIds: ['F-2025-0417', 'F-2025-0418', 'F-2025-0421'],
        ruleId: 'express.hq_fee_paid_direct',
        clause: '派费直达快递员',
        agreementVersion: 'express-2025-v1',
        resultHash: '9b1f0c3e5a7d2b4c6e8f0a1b3c5d7e9f1a2b3c4d5e6f708192a3b4c5d6e7f809',
        evidenceRowIds: ['payout:2025-09:0001', 'payout:2025-09:0002'],
        trace: [{ step: 'paid_direct', zh: '派费未直达快递员', en: 'fees not paid directly to couriers' }],
        dataset: 'express_payouts',
      },
    },
  ];

  const year = Number(today.slice(0, 4));
  const created: CaseRow[] = [];
  for (const c of demoCases) {
    const office = formatArea({ level: 'district', code: c.district });
    const sequence = await allocateNumber(db, office, 'case', year);
    const openedOn = workingDaysBefore(calendar, today, c.openedWorkingDaysAgo);
    const row = await insertCase(db, {
      number: documentNumber(office, '维权', year, sequence),
      source: c.source,
      type: c.type,
      status: c.status,
      title: c.title,
      description: c.description,
      district: c.district,
      street: c.street,
      platformId: c.platform
        ? ((await db.select({ id: platforms.id }).from(platforms).where(eq(platforms.code, c.platform)))[0]
            ?.id ?? null)
        : null,
      complainantId: c.complainant?.id ?? null,
      complainantName: c.complainant?.name ?? c.parties.find((p) => p.kind === 'worker')?.name ?? null,
      complainantPhone: c.complainant?.phone ?? c.parties.find((p) => p.kind === 'worker')?.contact ?? null,
      parties: c.parties,
      workersAffected: c.workersAffected,
      amountClaimed: c.amountClaimed,
      evidence: c.evidence ?? null,
      office: formatArea(
        c.street ? { level: 'street', code: c.street } : { level: 'district', code: c.district },
      ),
      referredTo: c.referredTo ?? null,
      openedOn,
    });
    created.push(row);
    await recordEvent(db, {
      caseId: row.id,
      at: new Date(`${openedOn}T01:30:00Z`),
      actorId: c.source === 'complaint' ? (c.complainant?.id ?? null) : (qingpu?.id ?? null),
      actorName: c.source === 'complaint' ? '骑手 R-7F3A' : (qingpu?.displayName ?? null),
      kind: 'intake',
      toStatus: 'intake',
      details: { source: c.source },
    });
    const triage = await openDeadline(db, calendar, {
      caseId: row.id,
      kind: 'triage',
      startsOn: openedOn,
      workingDays: periods.triage,
    });
    if (c.status !== 'intake' && c.status !== 'triage') {
      await recordEvent(db, {
        caseId: row.id,
        at: new Date(`${nextDay(openedOn)}T02:00:00Z`),
        actorId: qingpu?.id ?? null,
        actorName: qingpu?.displayName ?? null,
        kind: 'transition',
        fromStatus: 'intake',
        toStatus: c.status,
        note: c.status === 'referral' ? '移送青浦区人民检察院' : '转入劳动法律监督',
      });
      await meetDeadlines(db, { caseId: triage.caseId, kinds: ['triage'] }, nextDay(openedOn));
    }
  }
  await seedLettersAndOutcomes(db, calendar, created, today, qingpu?.id ?? null, now);
  await seedCampaign(db, qingpu?.id ?? null, now);
  await seedMediationDemo(db, today, account('mediator')?.id ?? null);
}

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

async function seedLettersAndOutcomes(
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
async function seedCampaign(db: Database, officer: string | null, now: Date): Promise<void> {
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
