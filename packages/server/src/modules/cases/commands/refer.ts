import type { Database } from '../../../platform/db/client';
import { errors } from '../../../platform/http/errors';
import type { Actor } from '../../../platform/security/actor';
import { isKnownDistrict, districtName } from '../../registry/region-names';
import { caseFor } from '../case-access';
import { casePolicies } from '../policies';
import { caseNotifications, type CaseRow } from '../schema';
import type { HolidayCalendar } from '../working-days/calendar';
import { moveCase } from './transition';

/**
 * Refers a case, with its evidence, to a district procuratorate (工会+检察院): the case moves to `referral`, the
 * procurators of that district see it from now on and are told of it.
 */
export async function referCase(
  db: Database,
  calendar: HolidayCalendar,
  actor: Actor,
  id: string,
  request: { version: number; procuratorateDistrict: string; note: string },
  today: string,
  now: Date,
): Promise<CaseRow> {
  if (!isKnownDistrict(request.procuratorateDistrict)) {
    throw errors.validation([{ path: ['procuratorateDistrict'], zh: '区不存在', en: 'no such district' }]);
  }
  const found = await caseFor(db, actor, id, today, casePolicies.referCase);
  return db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    const moved = await moveCase(
      t,
      calendar,
      actor,
      found.case,
      { to: 'referral', version: request.version, note: request.note },
      today,
      now,
      { referredTo: request.procuratorateDistrict },
    );
    const procuratorate = `${districtName(request.procuratorateDistrict).zh}人民检察院`;
    await t.insert(caseNotifications).values({
      recipient: `procuratorate:${request.procuratorateDistrict}`,
      caseId: id,
      kind: 'referral',
      messageZh: `${procuratorate}：工会移送案件 ${found.case.number}（${found.case.title}），请查收证据材料`,
      messageEn: `Case ${found.case.number} was referred to the procuratorate with its evidence`,
      createdAt: now,
    });
    return moved;
  });
}
