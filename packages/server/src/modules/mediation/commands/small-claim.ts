import { eq } from 'drizzle-orm';
import type { Database } from '../../../platform/db/client';
import { errors } from '../../../platform/http/errors';
import type { Actor } from '../../../platform/security/actor';
import { isSmallClaim, toFen } from '../money';
import { mediationRequests, mediationSessions, type MediationRequestRow } from '../schema';
import { centreFor, insertRequest } from './open-request';

export interface SmallClaimInput {
  centreId: string;
  applicantName: string;
  applicantPhone: string;
  respondentName: string;
  amountClaimed: string;
  amountRecovered: string;
  agreedOn: string;
  terms: string;
}

/**
 * The small wage claim settled at the counter: request, sitting and agreement in one transaction, so the
 * mediator fills one form and prints the agreement.
 */
export async function settleSmallClaim(
  db: Database,
  actor: Actor,
  input: SmallClaimInput,
  today: string,
  now: Date,
): Promise<MediationRequestRow> {
  const centre = await centreFor(db, actor, input.centreId);
  if (!isSmallClaim('wage_arrears', input.amountClaimed)) {
    throw errors.validation([
      {
        path: ['amountClaimed'],
        zh: '小额欠薪快速调解限 1 万元以内，请走普通调解',
        en: 'the quick path is for wage claims up to 10,000 yuan: open an ordinary request',
      },
    ]);
  }
  if (toFen(input.amountRecovered) > toFen(input.amountClaimed)) {
    throw errors.validation([
      { path: ['amountRecovered'], zh: '追回金额不能超过申请金额', en: 'more recovered than claimed' },
    ]);
  }
  return db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    const request = await insertRequest(
      t,
      actor,
      centre,
      {
        centreId: centre.id,
        caseId: null,
        applicantName: input.applicantName,
        applicantPhone: input.applicantPhone,
        respondentName: input.respondentName,
        claimType: 'wage_arrears',
        amountClaimed: input.amountClaimed,
        description: `小额欠薪：${input.respondentName}拖欠${input.applicantName}劳动报酬人民币 ${input.amountClaimed} 元`,
      },
      today,
      now,
    );
    await t.insert(mediationSessions).values({
      requestId: request.id,
      heldAt: now,
      place: centre.address,
      mediatorId: actor.id,
      notes: '当场调解 / settled at the counter',
    });
    const [agreed] = await t
      .update(mediationRequests)
      .set({
        status: 'agreed',
        agreedOn: input.agreedOn,
        amountAgreed: input.amountClaimed,
        amountRecovered: input.amountRecovered,
        terms: input.terms,
        mediatorId: actor.id,
        updatedAt: now,
      })
      .where(eq(mediationRequests.id, request.id))
      .returning();
    return agreed!;
  });
}
