import type { Database } from '../platform/db/client';
import { allocateNumber, documentNumber } from '../modules/cases/numbering';
import {
  mediationCentreMediators,
  mediationCentres,
  mediationRequests,
  mediationSessions,
} from '../modules/mediation/schema';
import { isSmallClaim } from '../modules/mediation/money';

const centres = [
  {
    name: '普陀区新就业形态劳动者一站式调解中心',
    district: '310107',
    street: null,
    address: '上海市普陀区真北路 1108 号 1 楼',
    phone: '021-52560000',
  },
  {
    name: '杨浦区新就业形态劳动者一站式调解中心',
    district: '310110',
    street: null,
    address: '上海市杨浦区控江路 1555 号 2 楼',
    phone: '021-65430000',
  },
  {
    name: '青浦区新就业形态劳动者一站式调解中心',
    district: '310118',
    street: null,
    address: '上海市青浦区公园路 100 号 1 楼',
    phone: '021-59720000',
  },
];

/**
 * Mediation centres in 普陀, 杨浦 and 青浦, the demo mediator seated in 青浦, and the requests of a usual week
 * there: a 296-yuan wage claim settled at the counter, a courier's wage claim waiting for its sitting, and an
 * injury dispute that failed and went to labour arbitration.
 */
export async function seedMediationDemo(
  db: Database,
  today: string,
  mediatorId: string | null,
): Promise<void> {
  const rows = await db.insert(mediationCentres).values(centres).returning();
  const qingpu = rows.find((c) => c.district === '310118')!;
  if (mediatorId)
    await db.insert(mediationCentreMediators).values({ centreId: qingpu.id, userId: mediatorId });
  const year = Number(today.slice(0, 4));
  const now = new Date();
  const requests = [
    {
      applicantName: '马小军',
      applicantPhone: '13512340001',
      respondentName: '上海某某餐饮配送服务有限公司',
      claimType: 'wage_arrears' as const,
      amountClaimed: '296.00',
      description: '众包骑手 10 月最后一周配送费 296 元未结算。',
      status: 'agreed' as const,
      amountAgreed: '296.00',
      amountRecovered: '296.00',
      terms: '被申请人于调解当日通过银行转账向申请人支付配送费人民币 296.00 元，双方就此纠纷再无其他争议。',
      agreedOn: today,
      session: true,
    },
    {
      applicantName: '黄德明',
      applicantPhone: '13512340002',
      respondentName: '申通快递青浦赵巷网点',
      claimType: 'wage_arrears' as const,
      amountClaimed: '3800.00',
      description: '快递员离职后 10 月派费 3,800 元未结清，网点以“未交接完毕”为由拒付。',
      status: 'requested' as const,
      session: false,
    },
    {
      applicantName: '刘海波',
      applicantPhone: '13512340003',
      respondentName: '上海某某同城配送有限公司',
      claimType: 'injury' as const,
      amountClaimed: '18500.00',
      description: '骑手配送途中摔伤，要求站点承担医疗费与误工费，双方对责任认定分歧较大。',
      status: 'arbitration' as const,
      outcomeNote: '双方对职业伤害责任认定分歧较大，调解不成。',
      arbitrationBody: '青浦区劳动人事争议仲裁委员会',
      session: true,
    },
  ];
  for (const r of requests) {
    const office = 'district:310118';
    const sequence = await allocateNumber(db, office, 'mediation', year);
    const { session, ...fields } = r;
    const [created] = await db
      .insert(mediationRequests)
      .values({
        ...fields,
        centreId: qingpu.id,
        number: documentNumber(office, '调', year, sequence),
        smallClaim: isSmallClaim(r.claimType, r.amountClaimed),
        mediatorId: r.status === 'requested' ? null : mediatorId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (session) {
      await db.insert(mediationSessions).values({
        requestId: created!.id,
        heldAt: now,
        place: qingpu.address,
        mediatorId,
        notes: r.status === 'agreed' ? '当场调解 / settled at the counter' : '双方到场，分歧较大',
      });
    }
  }
}
