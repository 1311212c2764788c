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

describe('required columns the file does not give', () => {
  const message = (columns: string[], columnMap: Record<string, string | null> = {}) =>
    mapColumns(spec, columns, { columnMap }, null).fileIssues.map((i) => [i.code, i.column, i.message]);

  it('offers the column of the file spelt nearly like a missing one, with the --map that would use it', () => {
    const issues = message([...header.filter((c) => c !== 'courier_id'), 'courierid', 'courier_fee']);
    expect(issues).toEqual([
      [
        'missing_column_near',
        'courier_id',
        {
          zh: '缺少必填列 courier_id；文件中的列 courierid 是否就是它？是则把表头改为 courier_id，或在命令行用 --map courierid=courier_id',
          en: "Required column courier_id is missing; is the file's column courierid this one? If so, rename the header to courier_id, or on the command line use --map courierid=courier_id",
        },
      ],
    ]);
  });

  it('names only the missing column when no column of the file is spelt like it', () => {
    expect(message([...header.filter((c) => c !== 'hq_fee'), 'courier_fee'])).toEqual([
      ['missing_column', 'hq_fee', { zh: '缺少必填列 hq_fee', en: 'Required column hq_fee is missing' }],
    ]);
  });

  it('says that a --map onto a column the kind does not have names no column, listing those it has', () => {
    const [issue] = message([...header, 'fee'], { fee: 'courier_fees' });
    expect(issue?.[0]).toBe('unknown_mapped_column');
    expect(issue?.[1]).toBe('courier_fees');
    expect((issue?.[2] as { en: string }).en).toMatch(
      /^--map names courier_fees, which is not a column of this kind of dataset \(--map fee=courier_fees; its columns: parcel_id, .*courier_fee.*\)$/,
    );
    expect((issue?.[2] as { zh: string }).zh).toMatch(
      /^--map 指向的 courier_fees 不是此类数据集的列（--map fee=courier_fees；可用的列：parcel_id, /,
    );
  });
});
