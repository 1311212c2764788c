import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { neutraliseCell } from '../store/export';
import { parseCsvHeader } from './csv-header';
import { detectEncoding } from './encoding';
import { pseudonymOf } from './personal-data';

describe('encoding detection', () => {
  it('tells UTF-8 (with or without BOM) from GB18030', () => {
    const text = 'order_id,district\n1,浦东新区\n';
    expect(detectEncoding(Buffer.from(text))).toEqual({ encoding: 'utf-8', bom: 0 });
    expect(detectEncoding(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({
      encoding: 'utf-8',
      bom: 3,
    });
    expect(detectEncoding(iconv.encode(text, 'gb18030')).encoding).toBe('gb18030');
    expect(detectEncoding(Buffer.from(text), 'GBK').encoding).toBe('gb18030');
  });

  it('reads GBK with a stray byte as GB18030, never as a single-byte Western encoding that garbles every name', () => {
    const gbk = iconv.encode('trip_id,district\nR1,青浦区\nR2,310118\n', 'gb18030');
    const stray = Buffer.concat([gbk, Buffer.from('R3,d\xff\n', 'latin1')]);
    expect(detectEncoding(stray).encoding).toBe('gb18030');
    expect(detectEncoding(Buffer.from('name\nJos\xe9,\n', 'latin1')).encoding).toBe('gb18030');
  });

  it('does not mistake a UTF-8 character cut at the end of the sample for GB18030', () => {
    const bytes = Buffer.from('a,浦东');
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1)).encoding).toBe('utf-8');
  });
});

describe('header, export and pseudonym helpers', () => {
  it('parses a quoted header and strips a BOM', () => {
    expect(parseCsvHeader('\uFEFForder_id,"a ""b""",c\r\n1,2,3')).toEqual(['order_id', 'a "b"', 'c']);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(neutraliseCell('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(neutraliseCell('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(neutraliseCell('徐汇站')).toBe('徐汇站');
  });

  it('gives one pseudonym per person whatever the phone number’s prefix', () => {
    expect(pseudonymOf('k'.repeat(20), '+86 13812345678')).toBe(pseudonymOf('k'.repeat(20), '13812345678'));
    expect(pseudonymOf('k'.repeat(20), '13812345678')).not.toBe(pseudonymOf('j'.repeat(20), '13812345678'));
  });
});
