import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { exportTable } from './export';
import { decodeText, readTable, TableReadError } from './tabular';

describe('reading uploaded tables', () => {
  it('reads UTF-8 with BOM, GB18030 and CRLF alike, with file line numbers', async () => {
    const csv = 'name,district\r\n"徐泾快递\r\n网点",青浦区\r\n\r\n华新站点,青浦\r\n';
    for (const bytes of [
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)]),
      iconv.encode(csv, 'gb18030'),
    ]) {
      const table = await readTable(bytes, 'list.csv');
      expect(table.headers).toEqual(['name', 'district']);
      expect(table.rows).toEqual([
        { line: 2, values: { name: '徐泾快递\n网点', district: '青浦区' } },
        { line: 5, values: { name: '华新站点', district: '青浦' } },
      ]);
    }
    expect(decodeText(iconv.encode('青浦', 'gbk')).encoding).toBe('gb18030');
  });

  it('reads back an exported XLSX, with formulas kept as harmless text', async () => {
    const rows = [{ name: '=HYPERLINK("http://x","点我")', workers: 12 }];
    const bytes = await exportTable(
      rows,
      [
        { header: 'name', value: (r) => r.name },
        { header: 'workers', value: (r) => r.workers },
      ],
      'xlsx',
    );
    const table = await readTable(bytes, 'export.xlsx');
    expect(table.rows[0]?.values).toEqual({ name: `'=HYPERLINK("http://x","点我")`, workers: '12' });
    const csv = (await exportTable(rows, [{ header: 'name', value: (r) => r.name }], 'csv')).toString('utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""点我"")"`);
  });

  it('refuses files it cannot read, in both languages', async () => {
    await expect(readTable(Buffer.from('x'), 'list.pdf')).rejects.toBeInstanceOf(TableReadError);
    await expect(readTable(Buffer.from('a,b\n"unclosed'), 'list.csv')).rejects.toThrow(/malformed CSV/);
  });
});
