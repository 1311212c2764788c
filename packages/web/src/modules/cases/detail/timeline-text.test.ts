import { describe, expect, it } from 'vitest';
import type { CaseDetail } from '@gigpact/contracts';
import { i18n } from '../../../i18n';
import { registerCaseMessages } from '../register-messages';
import { datasetName, eventText } from './timeline-text';

type Event = CaseDetail['timeline'][number];
registerCaseMessages();
const zhT = i18n.getFixedT('zh');
const enT = i18n.getFixedT('en');
const step = (kind: string, note: string | null, details: Record<string, unknown> | null): Event => ({
  at: '2026-11-02T02:00:00.000Z',
  kind,
  actor: null,
  fromStatus: null,
  toStatus: null,
  note,
  details,
});
const cjk = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

describe('timeline steps in words', () => {
  it('names the deadline and the office an overdue step was escalated to', () => {
    const e = step('escalation', '逾期上报 district:310118 / overdue, escalated to district:310118', {
      deadlineId: 'x',
      kind: 'letter_response',
      dueOn: '2026-11-20',
    });
    expect(eventText(e, 'en', enT)).toEqual({
      summary: 'Written answer deadline (2026-11-20) passed unmet; escalated to Qingpu',
      note: null,
    });
    expect(eventText({ ...e, details: { ...e.details, to: 'city:310000' } }, 'zh', zhT).summary).toBe(
      '书面答复期限（2026-11-20 届满）未完成，已上报上海市督办',
    );
  });

  it('gives a letter its kind, number and due date, and its answer whether late', () => {
    const issued = step('letter', '意见书 沪工监〔2026〕3号', {
      letterId: 'l',
      kind: 'opinion',
      responseDueOn: '2026-11-23',
    });
    expect(eventText(issued, 'en', enT).summary).toMatch(
      /^Opinion letter .*沪工监〔2026〕3号, written answer due by 2026-11-23$/,
    );
    expect(eventText(issued, 'en', enT).note).toBeNull();
    const answered = step('letter_response', '意见书 沪工监〔2026〕3号 已答复（逾期）', {
      letterId: 'l',
      respondedOn: '2026-11-25',
      late: true,
    });
    expect(eventText(answered, 'en', enT).summary).toMatch(
      /沪工监〔2026〕3号 answered on 2026-11-25 \(late\)$/,
    );
    expect(
      eventText(
        { ...answered, details: { ...answered.details, kind: 'recommendation', number: 'N-1', late: false } },
        'zh',
        zhT,
      ).summary,
    ).toMatch(/N-1 已于 2026-11-25 答复$/);
  });

  it('states an outcome with its authority, date and amount', () => {
    const e = step('outcome', '追回款项（青浦区人社局）', {
      outcome: 'amount_recovered',
      amount: '126000.5',
      decidedOn: '2026-12-01',
    });
    expect(eventText(e, 'en', enT)).toEqual({
      summary: 'Amount recovered (青浦区人社局, 2026-12-01), amount ¥126,000.50',
      note: null,
    });
    expect(
      eventText(
        { ...e, details: { outcome: 'rectified', amount: null, decidedOn: '2026-12-01', authority: 'X' } },
        'zh',
        zhT,
      ).summary,
    ).toBe('整改完成（X，2026-12-01）');
  });

  it('names a mediation status instead of its code', () => {
    const e = step('mediation_outcome', 'M-2026-7: failed', {
      requestId: 'r',
      status: 'failed',
      amountRecovered: null,
    });
    expect(eventText(e, 'en', enT).summary).toBe('M-2026-7: Mediation failed');
    expect(eventText(e, 'zh', zhT).summary).toBe('M-2026-7：调解不成');
    const agreed = { ...e, details: { status: 'agreed', amountRecovered: '800.00' } };
    expect(eventText(agreed, 'en', enT).summary).toBe('M-2026-7: Agreement reached, ¥800.00 recovered');
  });

  it('describes the opening and handing over in the reader language, keeping what a person wrote', () => {
    const opened = step('intake', null, { source: 'hotline', office: 'district:310118' });
    expect(eventText(opened, 'en', enT).summary).toBe('Source: Hotline; office: Qingpu');
    expect(eventText(opened, 'zh', zhT).summary).toBe('来源：热线登记；承办：青浦区');
    expect(eventText(opened, 'en', enT).summary).not.toMatch(cjk);
    const moved = step('assignment', '请街道先行核实', { from: 'district:310118', to: 'city:310000' });
    expect(eventText(moved, 'en', enT)).toEqual({
      summary: 'Qingpu → Shanghai',
      note: '请街道先行核实',
    });
    const transition = step('transition', '材料齐全，进入监督', null);
    expect(eventText(transition, 'en', enT)).toEqual({ summary: null, note: '材料齐全，进入监督' });
  });

  it('keeps the stored note when the details are not understood', () => {
    expect(eventText(step('escalation', 'note', null), 'en', enT)).toEqual({ summary: null, note: 'note' });
    expect(eventText(step('outcome', 'n', { outcome: 'unknown' }), 'en', enT).note).toBe('n');
  });

  it('names a dataset instead of its key', () => {
    expect(datasetName('delivery_orders', 'en')).not.toBe('delivery_orders');
    expect(datasetName('delivery_orders', 'zh')).toMatch(cjk);
    expect(datasetName('something_else', 'zh')).toBe('something_else');
  });
});

describe('timeline steps written by mediation and campaigns', () => {
  it('says which mediation was handed to which tribunal, and when', () => {
    const e = step('arbitration_handoff', '青调〔2026〕7号: 调解不成，移交青浦区劳动人事争议仲裁委员会', {
      number: '青调〔2026〕7号',
      status: 'arbitration',
      arbitrationBody: '青浦区劳动人事争议仲裁委员会',
      handedOffOn: '2026-11-20',
    });
    expect(eventText(e, 'en', enT)).toEqual({
      summary: '青调〔2026〕7号: mediation failed; handed to 青浦区劳动人事争议仲裁委员会 on 2026-11-20',
      note: null,
    });
    expect(eventText(e, 'zh', zhT).summary).toBe(
      '青调〔2026〕7号：调解不成，2026-11-20 移交青浦区劳动人事争议仲裁委员会',
    );
  });

  it('names the campaign and the target an inspection linked to the case', () => {
    const e = step('campaign_inspection', '快递加盟网点专项排查：青浦网点', {
      campaignTitle: '快递加盟网点专项排查',
      targetName: '青浦网点',
      checkedOn: '2026-11-18',
    });
    expect(eventText(e, 'en', enT).summary).toBe(
      '快递加盟网点专项排查: target 青浦网点 inspected (2026-11-18)',
    );
    expect(eventText(e, 'en', enT).note).toBeNull();
    expect(eventText({ ...e, details: {} }, 'en', enT)).toEqual({ summary: null, note: e.note });
  });
});
