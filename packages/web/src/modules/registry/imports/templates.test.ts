import { describe, expect, it } from 'vitest';
import { fieldLabel, importColumns, templateCsv } from './templates';

describe('import templates', () => {
  it('write the Chinese headers and an example row as Excel-friendly CSV', () => {
    const csv = templateCsv('enterprises');
    expect(
      csv.startsWith(
        '\uFEFF类型,名称,统一社会信用代码,平台,上级统一社会信用代码,区,街镇,建会状态,建会日期,从业人数\r\n',
      ),
    ).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.split(',')).toHaveLength(importColumns.enterprises.length);
  });

  it('name a member list by its pseudonymous worker id, never a phone number', () => {
    const header = templateCsv('members').slice(1).split('\r\n')[0];
    expect(header).toBe('劳动者编号,平台,所属企业统一社会信用代码,区,街镇,入会日期');
  });

  it('label a reported field by its header, and leave unknown ones as the server named them', () => {
    expect(fieldLabel('enterprises', 'credit_code', 'zh')).toBe('统一社会信用代码（credit_code）');
    expect(fieldLabel('enterprises', 'credit_code', 'en')).toBe('credit code (统一社会信用代码)');
    expect(fieldLabel('enterprises', '备注', 'zh')).toBe('备注');
  });
});
