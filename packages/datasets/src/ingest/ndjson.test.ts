import { describe, expect, it } from 'vitest';
import { ndjsonLineLimit } from '../validation/codes';
import { NdjsonLineScan, type NdjsonLines } from './ndjson';

/** The lines of `text` as the reading pass counts them, from chunks of `size` bytes. */
function scanned(text: string | Buffer, size = Infinity): NdjsonLines {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text);
  const scan = new NdjsonLineScan();
  for (let at = 0; at < bytes.length; at += Math.min(size, bytes.length))
    scan.push(bytes.subarray(at, at + size));
  return scan.end();
}

describe('the lines of an NDJSON file', () => {
  it('are counted as DuckDB reads them: blank lines (spaces, tabs, CR, VT, FF) apart, wherever chunks end', () => {
    const text = [
      '{"a":1}',
      '',
      '  \t',
      '{"a":2}\r',
      '\r',
      'not json',
      '\u000b\u000c',
      '   {"a":3}',
      '{"a":4}',
    ].join('\n');
    const expected: NdjsonLines = { blank: [2, 3, 5, 7], filled: 5, tooLong: null };
    for (const size of [Infinity, 1, 2, 3, 7])
      expect(scanned(text, size), `chunks of ${size}`).toEqual(expected);
    expect(scanned(text + '\n')).toEqual(expected);
    expect(scanned(text + '\n  \n')).toEqual({ ...expected, blank: [...expected.blank, 10] });
    // Blanks after the last newline are no line DuckDB gives.
    expect(scanned(text + '\n   ')).toEqual(expected);
    expect(scanned('')).toEqual({ blank: [], filled: 0, tooLong: null });
  });

  it('name the first line longer than DuckDB reads', () => {
    const long = Buffer.alloc(ndjsonLineLimit + 1, 0x78);
    const limit = Buffer.alloc(ndjsonLineLimit, 0x78);
    const file = Buffer.concat([
      Buffer.from('{"a":1}\n\n'),
      limit,
      Buffer.from('\n'),
      long,
      Buffer.from('\n'),
      long,
    ]);
    expect(scanned(file, 1 << 20)).toEqual({ blank: [2], filled: 4, tooLong: 4 });
    expect(scanned(Buffer.concat([limit, Buffer.from('\n')])).tooLong).toBeNull();
  });
});
