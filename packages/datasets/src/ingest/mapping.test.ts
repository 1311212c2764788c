import { canonicalDatasets } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import { mapColumns } from './mapping';

const spec = canonicalDatasets.parcel_deliveries;
const header = ['parcel_id', 'company', 'franchisee_id', 'courier_id', 'delivered_at', 'hq_fee'];
const issuesOf = (columns: string[], columnMap: Record<string, string | null> = {}) =>
  mapColumns(spec, columns, { columnMap }, null).fileIssues.map((i) => [i.code, i.column, i.message.en]);

describe('header problems', () => {
  it('reports a repeated header once', () => {
    expect(issuesOf([...header, 'courier_fee', 'courier_fee', 'courier_fee'])).toEqual([
      ['duplicate_column', 'courier_fee', 'Column courier_fee appears more than once'],
    ]);
  });

  it('reports each clash of a header written in two cases and twice alike once', () => {
    const issues = issuesOf([...header, 'Courier_Fee', 'courier_fee', 'courier_fee']);
    expect(issues.map(([code, column]) => [code, column])).toEqual([
      ['duplicate_column_case', 'courier_fee'],
      ['duplicate_column', 'courier_fee'],
    ]);
  });

  it('says that headers differing only in case clash because names are matched case-insensitively', () => {
    const issues = mapColumns(
      spec,
      [...header, 'Courier_Fee', 'courier_fee'],
      { columnMap: {} },
      null,
    ).fileIssues;
    expect(issues.map((i) => [i.code, i.column])).toEqual([['duplicate_column_case', 'courier_fee']]);
    expect(issues[0]!.message).toEqual({
      zh: '列名 Courier_Fee 与 courier_fee 仅大小写不同：列名不区分大小写，请删除或改名其中一列',
      en: 'Columns Courier_Fee and courier_fee differ only in letter case: column names are matched case-insensitively, so remove or rename one',
    });
  });

  it('reports two columns mapped onto one canonical column', () => {
    expect(issuesOf([...header, 'courier_fee', '派费'], { 派费: 'courier_fee' })).toEqual([
      ['duplicate_column', 'courier_fee', 'Column courier_fee appears more than once'],
    ]);
  });
});
