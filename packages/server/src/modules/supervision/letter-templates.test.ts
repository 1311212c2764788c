import { describe, expect, it } from 'vitest';
import { labourAuthorityOf, recommendationBasis } from './letter-templates';
import type { LetterRow } from './schema';

const letter = (over: Partial<LetterRow>): LetterRow => ({
  id: 'l1',
  caseId: 'c1',
  kind: 'opinion',
  number: '沪青工劳监意〔2026〕1号',
  issuingOffice: 'district:310118',
  year: 2026,
  sequence: 1,
  recipient: '上海某某配送服务有限公司',
  facts: '拖欠报酬',
  requests: '支付',
  issuedOn: '2026-11-02',
  responseDueOn: '2026-11-23',
  respondedOn: null,
  response: null,
  issuedBy: null,
  issuedAt: new Date('2026-11-02T02:00:00Z'),
  ...over,
});

const recommendation = letter({
  id: 'l9',
  kind: 'recommendation',
  number: '沪青工劳监建〔2026〕1号',
  recipient: '青浦区人力资源和社会保障局',
  issuedOn: '2026-11-30',
  issuedAt: new Date('2026-11-30T02:00:00Z'),
});

describe('the recommendation letter', () => {
  it('goes to the labour authority at the level of the issuing union', () => {
    expect(labourAuthorityOf('district:310118')).toBe('青浦区人力资源和社会保障局');
    expect(labourAuthorityOf('city:310000')).toBe('上海市人力资源和社会保障局');
    expect(labourAuthorityOf('street:310118106')).toBe('青浦区人力资源和社会保障局');
  });

  it('cites the unanswered opinion letter, with its number and lapsed period', () => {
    const text = recommendationBasis(recommendation, [letter({}), recommendation]);
    expect(text).toContain(
      '2026年11月2日向上海某某配送服务有限公司发出劳动法律监督意见书（沪青工劳监意〔2026〕1号）',
    );
    expect(text).toContain('答复期限（2026年11月23日）届满后仍未书面答复');
    expect(text).not.toContain('该单位已于');
  });

  it('says an opinion letter within its period is not yet answered, and an answered one was', () => {
    const early = { ...recommendation, issuedOn: '2026-11-10', issuedAt: new Date('2026-11-10T02:00:00Z') };
    expect(recommendationBasis(early, [letter({})])).toContain('该单位至今未予书面答复');
    const answered = recommendationBasis(recommendation, [
      letter({ respondedOn: '2026-11-20', response: '已整改' }),
    ]);
    expect(answered).toContain('该单位已于2026年11月20日书面答复，但所涉问题仍未得到纠正');
    expect(answered).not.toContain('未予书面答复');
  });

  it('claims no opinion letter when the case has none, or only a later one', () => {
    const none = recommendationBasis(recommendation, [letter({ kind: 'reminder' }), recommendation]);
    expect(none).not.toContain('意见书');
    expect(none).toContain('本会在劳动法律监督中发现');
    const later = letter({ issuedOn: '2026-12-01', issuedAt: new Date('2026-12-01T02:00:00Z') });
    expect(recommendationBasis(recommendation, [later])).not.toContain('意见书');
  });
});
