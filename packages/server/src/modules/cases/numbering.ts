import { parseArea } from '@gigpact/contracts';
import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client';
import { queryRows } from '../../platform/db/query-rows';
import { districtName, streetName } from '../registry/region-names';

/**
 * The next number of a series (cases, one kind of letter, mediation agreements) for one office and year. The
 * upsert takes the row lock, so concurrent transactions queue, and a transaction that rolls back gives its number
 * back: numbers have no gaps.
 */
export async function allocateNumber(
  db: Database,
  office: string,
  series: string,
  year: number,
): Promise<number> {
  const [row] = await queryRows<{ last: number }>(
    db,
    sql`insert into document_sequences (office, series, year, last) values (${office}, ${series}, ${year}, 1)
        on conflict (office, series, year) do update set last = document_sequences.last + 1
        returning last`,
  );
  return Number(row!.last);
}

/** The short name an office writes before its document numbers: 沪工 (city), 沪青工 (青浦区), 徐泾工 (徐泾镇). */
export function officePrefix(office: string): string {
  const area = parseArea(office);
  if (!area || area.level === 'city') return '沪工';
  if (area.level === 'district') return `沪${districtName(area.code).zh.slice(0, 1)}工`;
  const name = streetName(area.code) ?? area.code;
  return `${name.replace(/(街道|镇|乡)$/, '')}工`;
}

/** A number in the official form: 沪青工劳监意〔2026〕3号. */
export function documentNumber(office: string, series: string, year: number, sequence: number): string {
  return `${officePrefix(office)}${series}〔${year}〕${sequence}号`;
}
