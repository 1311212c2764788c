import { neutraliseCell } from '@gigpact/datasets';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportTable, type ExportColumn } from './export';

interface Line {
  name: string;
  note: string | null;
  amount: number | null;
}

const lines: Line[] = Array.from({ length: 5_000 }, (_, i) => ({
  name: `企业${i}`,
  note: i % 3 === 0 ? null : i % 3 === 1 ? `=HYPERLINK("http://x/${i}")` : `note ${i}`,
  amount: i % 4 === 0 ? null : i * 1.25,
}));

const columns: ExportColumn<Line>[] = [
  { header: '名称 name', value: (l) => l.name },
  { header: '备注 note', value: (l) => l.note },
  { header: '金额 amount', value: (l) => l.amount },
];

/** The workbook as `exportTable` built it in memory before it was streamed: the cells it must still write. */
async function inMemory(rows: Line[], sheetName: string): Promise<Buffer> {
  const cell = (v: string | number | null) => (typeof v === 'string' ? neutraliseCell(v) : (v ?? ''));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => cell(c.value(row))));
  columns.forEach((_, i) => (sheet.getColumn(i + 1).width = 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Every cell of a workbook as a reader sees it: sheet, widths, and each cell's value, type, format and weight. */
async function cellsOf(bytes: Buffer): Promise<unknown[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const cells: unknown[] = [sheet.name, sheet.rowCount, columns.map((_, i) => sheet.getColumn(i + 1).width)];
  sheet.eachRow({ includeEmpty: true }, (row) =>
    columns.forEach((_, i) => {
      const cell = row.getCell(i + 1);
      // An empty text cell reads back as empty text from a shared string, as nothing from an inline one.
      const empty = cell.value === null || cell.value === '';
      cells.push([
        empty ? '' : cell.value,
        empty ? 'empty' : cell.type,
        cell.numFmt,
        cell.font?.bold ?? false,
      ]);
    }),
  );
  return cells;
}

describe('exportTable', () => {
  it('writes an XLSX of thousands of rows a hundred or so at a time, letting other work run in between', async () => {
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns += 1;
      if (ticking) setImmediate(tick);
    };
    const turnOfRow: number[] = [];
    const watched: ExportColumn<Line>[] = [
      {
        header: columns[0]!.header,
        value: (l) => {
          turnOfRow.push(turns);
          return l.name;
        },
      },
      ...columns.slice(1),
    ];
    setImmediate(tick);
    try {
      await exportTable(lines, watched, 'xlsx');
    } finally {
      ticking = false;
    }
    expect(turnOfRow).toHaveLength(lines.length);
    // Built in one go, every row would have been read in one turn of the event loop, holding up all else.
    const rowsByTurn = new Map<number, number>();
    for (const turn of turnOfRow) rowsByTurn.set(turn, (rowsByTurn.get(turn) ?? 0) + 1);
    expect(rowsByTurn.size).toBeGreaterThanOrEqual(lines.length / 200);
    expect(Math.max(...rowsByTurn.values())).toBeLessThanOrEqual(lines.length / 20);
    expect(turns).toBeGreaterThan(lines.length / 200);
  }, 30_000);

  it('writes the cells the in-memory workbook held: a bold header, text neutralised against formulas, numbers as numbers', async () => {
    const streamed = await exportTable(lines, columns, 'xlsx', '证据包');
    const cells = await cellsOf(streamed);
    expect(cells).toEqual(await cellsOf(await inMemory(lines, '证据包')));
    expect(cells.slice(0, 3)).toEqual(['证据包', lines.length + 1, [18, 18, 18]]);
    expect(cells.slice(3, 6)).toEqual(
      columns.map((c) => [c.header, ExcelJS.ValueType.String, undefined, true]),
    );
    // Row 3 (the second line): a formula as text, and an amount as a number.
    expect(cells.slice(9, 12)).toEqual([
      ['企业1', ExcelJS.ValueType.String, undefined, false],
      [`'=HYPERLINK("http://x/1")`, ExcelJS.ValueType.String, undefined, false],
      [1.25, ExcelJS.ValueType.Number, undefined, false],
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await exportTable(lines, columns, 'xlsx')) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Gigpact']);
  }, 30_000);

  it('writes CSV with a byte-order mark and formulas neutralised, as before', async () => {
    const csv = await exportTable(lines.slice(0, 3), columns, 'csv');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.subarray(3).toString('utf8')).toBe(
      '名称 name,备注 note,金额 amount\n企业0,,\n企业1,"\'=HYPERLINK(""http://x/1"")",1.25\n企业2,note 2,2.5\n',
    );
  });
});
