import { areaContains, type ImportIssue } from '@gigpact/contracts';
import type { Actor } from '../../../platform/security/actor';
import { resolveDistrict, resolveStreet } from '../region-names';
import type { Table } from '../../../platform/files/tabular';

/** A column an import understands, with the header names people use for it in Chinese and English. */
export interface ImportColumn {
  field: string;
  aliases: string[];
  required: boolean;
}

export type RowValues = Record<string, string>;

/**
 * Maps a table's headers to the import's fields. Unknown headers and missing required ones are issues on row 1;
 * so is a header that looks like raw personal data where the import does not expect it.
 */
export function mapColumns(
  table: Table,
  columns: ImportColumn[],
): { rows: { line: number; values: RowValues }[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const fieldOfHeader = new Map<string, string>();
  for (const header of table.headers) {
    const normal = header.trim().toLowerCase();
    const column = columns.find(
      (c) => c.field === normal || c.aliases.some((a) => a.toLowerCase() === normal),
    );
    if (column) {
      if ([...fieldOfHeader.values()].includes(column.field)) {
        issues.push(headerIssue(column.field, header, '该列重复出现', 'the column appears twice'));
      }
      fieldOfHeader.set(header, column.field);
    } else if (header !== '') {
      issues.push(headerIssue(header, header, '不认识的列', 'unknown column'));
    }
  }
  for (const column of columns.filter((c) => c.required)) {
    if (![...fieldOfHeader.values()].includes(column.field)) {
      issues.push(
        headerIssue(
          column.field,
          null,
          `缺少必填列（可用列名：${[column.field, ...column.aliases].join('、')}）`,
          `required column missing (accepted names: ${[column.field, ...column.aliases].join(', ')})`,
        ),
      );
    }
  }
  const rows = table.rows.map((row) => {
    const values: RowValues = {};
    for (const [header, field] of fieldOfHeader) values[field] = (row.values[header] ?? '').trim();
    return { line: row.line, values };
  });
  return { rows, issues };
}

function headerIssue(field: string, value: string | null, zh: string, en: string): ImportIssue {
  return { row: 1, field, value, zh: `表头：${zh}`, en: `header: ${en}` };
}

export function issue(
  row: number,
  field: string,
  value: string | undefined,
  zh: string,
  en: string,
): ImportIssue {
  return { row, field, value: value ?? null, zh, en };
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written YYYY-MM-DD (or YYYY/MM/DD), checked to exist; undefined when it does not. */
export function parseDate(text: string): string | undefined {
  const normal = text.replace(/\//g, '-');
  if (!isoDate.test(normal)) return undefined;
  const date = new Date(`${normal}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === normal ? normal : undefined;
}

export function parseCount(text: string): number | undefined {
  return /^\d{1,7}$/.test(text) ? Number(text) : undefined;
}

/**
 * The district and street of a row (by code or name), reporting through `bad` a district that does not exist, a
 * street not in it, or a place outside the actor's area.
 */
export function resolvePlace(
  values: RowValues,
  actor: Actor,
  bad: (field: string, zh: string, en: string) => void,
): { district: string | undefined; street: string | null } {
  const district = resolveDistrict(values.district ?? '');
  if (!district) bad('district', '区不存在', 'no such district');
  let street: string | null = null;
  if (district && values.street) {
    street = resolveStreet(values.street, district) ?? null;
    if (!street) bad('street', '该区没有这个街镇', 'no such street or town in that district');
  }
  const place = street
    ? ({ level: 'street', code: street } as const)
    : ({ level: 'district', code: district ?? '' } as const);
  if (district && !areaContains(actor.area, place)) bad('district', '不在您的辖区内', 'outside your area');
  return { district, street };
}
