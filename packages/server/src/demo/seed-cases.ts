import { formatArea, type CaseParty, type EvidenceBundle } from '@gigpact/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../platform/db/client';
import { users } from '../modules/accounts/schema';
import { insertCase, recordEvent } from '../modules/cases/cases.repository';
import { meetDeadlines, openDeadline, periods } from '../modules/cases/deadlines';
import { allocateNumber, documentNumber } from '../modules/cases/numbering';
import type { CaseRow } from '../modules/cases/schema';
import { holidayCalendar } from '../modules/cases/working-days/calendar';
import { nextDay, workingDaysBefore } from '../modules/cases/working-days/working-days';
import { enterprises, platforms } from '../modules/registry/schema';
import { seedMediationDemo } from './seed-mediation';
import { seedCampaign, seedLettersAndOutcomes } from './seed-supervision';

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
