import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckSession, sqlString } from '../duck/session';
import { tempDir } from '../testing/builders';
import { dateSql, localDateTimePattern, offsetPattern, timestampSql } from './timestamp-sql';

// Real DuckDB: the SQL that types every timestamp and date column at ingest.
let db: DuckSession;
beforeAll(async () => {
  db = await DuckSession.open({ tempDirectory: await tempDir() });
});
afterAll(() => db.close());

async function typed(values: string[], sql: (v: string) => string): Promise<(string | null)[]> {
  const list = values.map(sqlString).join(', ');
  const rows = await db.rowsJson(
    `SELECT CAST(${sql('v')} AS VARCHAR) AS t FROM (SELECT unnest([${list}]) AS v, generate_subscripts([${list}], 1) AS i) ORDER BY i`,
  );
  return rows.map((r) => r.t as string | null);
}
const asTimestamp = (values: string[]) => typed(values, (v) => timestampSql(v, 'Asia/Shanghai'));

describe('timestamps as written', () => {
  it('reads ISO 8601 without a zone as Shanghai wall clock and converts every offset correctly', async () => {
    const cases: [string, string][] = [
      ['2025-09-01 10:00:00', '2025-09-01 10:00:00'],
      ['2025-09-01T10:00', '2025-09-01 10:00:00'],
      ['2025-09-01 10:00:00.5', '2025-09-01 10:00:00.5'],
      ['2025-09-01 10:00:00.123456789', '2025-09-01 10:00:00.123456'],
      ['2025-09-01T02:00:00Z', '2025-09-01 10:00:00'],
      ['2025-09-01 02:00Z', '2025-09-01 10:00:00'],
      ['2025-09-01T10:00+08', '2025-09-01 10:00:00'],
      ['2025-09-01 10:00:00+0800', '2025-09-01 10:00:00'],
      ['2025-09-01 10:00:00+08:00', '2025-09-01 10:00:00'],
      ['2025-08-31 21:00:00-05:00', '2025-09-01 10:00:00'],
      ['2025-09-01 07:30:00+05:30', '2025-09-01 10:00:00'],
      ['2025-09-01 10:00:00-0330', '2025-09-01 21:30:00'],
      ['2025-09-02 06:00:00+14:00', '2025-09-02 00:00:00'],
      ['2025-09-01 23:59:59', '2025-09-01 23:59:59'],
    ];
    expect(await asTimestamp(cases.map(([v]) => v))).toEqual(cases.map(([, t]) => t));
  });

  it('refuses what DuckDB would guess at: zone names, impossible offsets, 24:00, loose digits, slashes, dates alone', async () => {
    const refused = [
      '2025-09-01 10:00:00 UTC',
      '2025-09-01 10:00:00 +08:00',
      '2025-09-01 10:00:00+99',
      '2025-09-01 10:00:00+25:00',
      '2025-09-01 10:00:00+15',
      '2025-09-01 10:00:00+08:60',
      '2025-09-01 10:00:00+08:',
      '2025-09-01T24:00',
      '2025-09-01 24:00:00',
      '2025-9-1 1:2:3',
      '2025-09-01 10:00:60',
      '2025-09-01 10:60:00',
      '2025-09-01 1:00:00',
      '2025-02-30 10:00:00',
      '2025/09/01 10:00',
      '2025/09/01',
      '2025-09-01',
      '20250901T100000',
      '2025-09-01 10',
      '2025-09-01 10:00:00.',
      '-025-09-01 10:00:00',
      '02025-09-01 10:00:00',
      'epoch',
      'infinity',
    ];
    expect(await asTimestamp(refused)).toEqual(refused.map(() => null));
  });

  it('accepts exactly the values the written pattern describes, among near misses of it', async () => {
    const strict = new RegExp(`^${localDateTimePattern}(${offsetPattern})?$`);
    const chars = fc.constantFrom(...'0123456789-: T.+Z/'.split(''));
    const nearMiss = fc
      .tuple(fc.integer({ min: 0, max: 18 }), chars, fc.boolean())
      .map(([at, ch, insert]) => {
        const base = '2025-09-01 10:00:00';
        return insert ? base.slice(0, at) + ch + base.slice(at) : base.slice(0, at) + ch + base.slice(at + 1);
      });
    const values = fc.sample(nearMiss, { numRuns: 400, seed: 7 });
    const got = await asTimestamp(values);
    values.forEach((v, i) => {
      const realDay = !Number.isNaN(Date.parse(`${v.slice(0, 10)}T00:00:00Z`)) && v.slice(8, 10) <= '28';
      if (!strict.test(v)) expect([v, got[i]]).toEqual([v, null]);
      else if (realDay) expect([v, got[i]]).not.toEqual([v, null]);
    });
  });
});

describe('dates as written', () => {
  it('takes exactly YYYY-MM-DD and refuses times, slashes and impossible days', async () => {
    const values = [
      '2025-11-15',
      '2025-11-15T23:00:00Z',
      '2025-11-15 18:30',
      '2025-11-15 00:00:00',
      '2025/11/15',
      '2025-11-31',
      '2025-1-5',
      '20251115',
    ];
    expect(await typed(values, dateSql)).toEqual(['2025-11-15', null, null, null, null, null, null, null]);
  });
});
