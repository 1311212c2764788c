import { describe, expect, it } from 'vitest';
import { handoffDocument } from './handoff-document';
import type { MediationCentreRow, MediationRequestRow, MediationSessionRow } from './schema';

const centre: MediationCentreRow = {
  id: 'c',
  name: '青浦区新就业形态劳动者一站式调解中心',
  district: '310118',
  street: null,
  address: '上海市青浦区公园路 100 号 1 楼',
  phone: '021-59720000',
};
const request: MediationRequestRow = {
  id: 'r',
  number: '沪青工调〔2026〕4号',
  centreId: 'c',
  caseId: null,
  applicantName: '孙小六',
  applicantPhone: '13800006666',
  respondentName: '青浦某即时配送站',
  claimType: 'injury',
  amountClaimed: '15800.00',
  amountAgreed: null,
  amountRecovered: null,
  smallClaim: false,
  description: '配送途中摔伤，要求支付医疗费和误工费。',
  status: 'arbitration',
  terms: null,
  agreedOn: null,
  outcomeNote: '被申请人拒绝承担赔偿责任。',
  arbitrationBody: '上海市青浦区劳动人事争议仲裁委员会',
  handedOffOn: '2026-11-29',
  mediatorId: null,
  version: 3,
  createdAt: new Date('2026-11-20T02:00:00Z'),
  updatedAt: new Date('2026-11-29T02:00:00Z'),
};
const sitting: MediationSessionRow = {
  id: 's',
  requestId: 'r',
  heldAt: new Date('2026-11-26T06:00:00Z'),
  place: '第二调解室',
  mediatorId: null,
  notes: '被申请人未到场',
};

describe('the hand-off to labour arbitration', () => {
  it('names the parties, the claim, the sittings, the reason and the tribunal, dated the day of the hand-off', () => {
    const doc = handoffDocument(request, centre, [sitting]);
    const text = doc.sections.flatMap((s) => [...s.paragraphs, ...(s.rows ?? []).flat()]).join('\n');
    expect(doc.recipient).toBe('上海市青浦区劳动人事争议仲裁委员会：');
    expect(doc.number).toBe('沪青工调〔2026〕4号');
    expect(text).toContain('孙小六（联系电话 13800006666）');
    expect(text).toContain('申请金额：人民币 15800.00 元');
    expect(text).toContain('于2026年11月20日受理');
    expect(text).toContain('1. 2026年11月26日 14:00，第二调解室（被申请人未到场）');
    expect(text).toContain('双方未能达成协议：被申请人拒绝承担赔偿责任。\n');
    expect(text).toContain('自2026年11月29日起本纠纷移交上海市青浦区劳动人事争议仲裁委员会');
    expect(doc.date).toBe('2026年11月29日');
  });

  it('says so when no sitting was held and no tribunal was named', () => {
    const doc = handoffDocument({ ...request, arbitrationBody: null, outcomeNote: null }, centre, []);
    const text = doc.sections.flatMap((s) => s.paragraphs).join('\n');
    expect(text).toContain('受理本调解申请（沪青工调〔2026〕4号）。');
    expect(text).toContain('双方未能达成协议。');
    expect(doc.recipient).toBe('劳动人事争议仲裁委员会：');
  });
});
