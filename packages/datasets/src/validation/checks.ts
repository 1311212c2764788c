import type { ColumnSpec, DatasetSpec } from '@gigpact/contracts';
import { sqlIdent, sqlString } from '../duck/session';
import { rawIdentifierPattern } from '../ingest/personal-data';
import { timeOrder, statusRules, uniqueKeyOf } from './relations';
import { invalidCodeOf } from './typed-sql';

export interface CheckContext {
  spec: DatasetSpec;
  /** Canonical columns the dataset has (after mapping). */
  present: ReadonlySet<string>;
  /** SQL for "now" as a wall-clock TIMESTAMP in the dataset's zone. */
  nowSql: string;
}

/** `"col"` is the cleaned text of a column in view `vt`, `"col__t"` its typed value. */
export const typedName = (name: string) => `${name}__t`;

/**
 * The first problem of one field, as a CASE over the field's text and typed value: required → type → sign and
 * range → allowed values → pattern → not in the future → no raw personal identifier. One field yields at most
 * one issue; a row yields one per bad field.
 */
function fieldCheck(column: ColumnSpec, ctx: CheckContext): string {
  const t = sqlIdent(column.name);
  const typed = sqlIdent(typedName(column.name));
  const arms: { when: string; code: string; detail?: string }[] = [];
  if (column.required) arms.push({ when: `${t} IS NULL`, code: 'required_value_missing' });
  const invalid = invalidCodeOf(column.type);
  if (invalid) arms.push({ when: `${t} IS NOT NULL AND ${typed} IS NULL`, code: invalid });
  if (column.min !== undefined) {
    const code = column.min === 0 ? 'negative_value' : 'out_of_range';
    arms.push({ when: `${typed} < ${column.min}`, code, detail: rangeText(column) });
  }
  if (column.max !== undefined)
    arms.push({ when: `${typed} > ${column.max}`, code: 'out_of_range', detail: rangeText(column) });
  if (column.type === 'enum' && column.values) {
    const list = column.values.map(sqlString).join(', ');
    arms.push({ when: `${t} NOT IN (${list})`, code: 'invalid_enum', detail: column.values.join(' / ') });
  }
  if (column.pattern) {
    arms.push({
      when: `NOT regexp_full_match(${t}, ${sqlString(column.pattern)})`,
      code: 'pattern_mismatch',
      detail: column.pattern,
    });
  }
  if (column.type === 'timestamp')
    arms.push({ when: `${typed} > ${ctx.nowSql}`, code: 'timestamp_in_future' });
  if (column.type === 'string' && column.name !== ctx.spec.workerColumn) {
    arms.push({
      when: `regexp_full_match(${t}, '${rawIdentifierPattern}')`,
      code: 'personal_identifier_value',
    });
  }
  if (arms.length === 0) return '';
  const code = `CASE ${arms.map((a) => `WHEN ${a.when} THEN '${a.code}'`).join(' ')} END`;
  const details = arms.filter((a) => a.detail);
  const detail = details.length
    ? `CASE ${details.map((a) => `WHEN ${a.when} THEN ${sqlString(a.detail!)}`).join(' ')} END`
    : 'NULL::VARCHAR';
  return `{'col': ${sqlString(column.name)}, 'val': ${t}, 'code': ${code}, 'detail': ${detail}}`;
}

function rangeText(column: ColumnSpec): string {
  return `[${column.min ?? '-∞'}, ${column.max ?? '∞'}]`;
}

function relationChecks(ctx: CheckContext): string[] {
  const out: string[] = [];
  for (const { later, earlier } of timeOrder[ctx.spec.kind] ?? []) {
    if (!ctx.present.has(later) || !ctx.present.has(earlier)) continue;
    const a = sqlIdent(typedName(later));
    const b = sqlIdent(typedName(earlier));
    out.push(
      `{'col': ${sqlString(later)}, 'val': ${sqlIdent(later)}, 'code': CASE WHEN ${a} < ${b} THEN 'timestamp_order' END, ` +
        `'detail': ${sqlString(earlier + ' ')} || ${sqlIdent(earlier)}}`,
    );
  }
  for (const rule of statusRules[ctx.spec.kind] ?? []) {
    if (!ctx.present.has('status')) continue;
    const has = ctx.present.has(rule.column);
    if (!has && rule.mustBe === 'absent') continue;
    const value = has ? sqlIdent(rule.column) : 'NULL::VARCHAR';
    const broken = rule.mustBe === 'present' ? `${value} IS NULL` : `${value} IS NOT NULL`;
    out.push(
      `{'col': ${sqlString(rule.column)}, 'val': ${value}, 'code': CASE WHEN status = ${sqlString(rule.whenStatus)} AND ${broken} THEN 'status_mismatch' END, ` +
        `'detail': ${sqlString(`status=${rule.whenStatus}`)}}`,
    );
  }
  return out;
}

/** SQL creating table `issues(_recno, _line, col, val, code, detail)` from view `vt`, in one scan plus a key check. */
export function issuesSql(ctx: CheckContext): string {
  const structs = [
    ...ctx.spec.columns.filter((c) => ctx.present.has(c.name)).map((c) => fieldCheck(c, ctx)),
    ...relationChecks(ctx),
  ].filter(Boolean);
  const rowIssues = structs.length
    ? `SELECT _recno, _line, i.col, i.val, i.code, i.detail FROM (
         SELECT _recno, _line, unnest(list_filter([${structs.join(',\n')}], s -> s.code IS NOT NULL)) AS i FROM vt)`
    : null;
  const key = uniqueKeyOf(ctx.spec.columns).filter((c) => ctx.present.has(c));
  const keyColumn = key.at(-1);
  const duplicates =
    keyColumn && key.length === uniqueKeyOf(ctx.spec.columns).length
      ? `SELECT v._recno, v._line, ${sqlString(keyColumn)}, v.${sqlIdent(keyColumn)}, 'duplicate_id', CAST(d.first_line AS VARCHAR)
         FROM vt v JOIN (
           SELECT ${key.map(sqlIdent).join(', ')}, min(_recno) AS first_recno, arg_min(_line, _recno) AS first_line
           FROM vt WHERE ${key.map((k) => `${sqlIdent(k)} IS NOT NULL`).join(' AND ')}
           GROUP BY ALL HAVING count(*) > 1) d
         ON ${key.map((k) => `v.${sqlIdent(k)} = d.${sqlIdent(k)}`).join(' AND ')} AND v._recno > d.first_recno`
      : null;
  const parts = [rowIssues, duplicates].filter(Boolean);
  const body = parts.length
    ? parts.join('\nUNION ALL\n')
    : 'SELECT 0::BIGINT, 0::BIGINT, NULL::VARCHAR, NULL::VARCHAR, NULL::VARCHAR, NULL::VARCHAR WHERE false';
  return `CREATE TABLE issues (_recno BIGINT, _line BIGINT, col VARCHAR, val VARCHAR, code VARCHAR, detail VARCHAR);
INSERT INTO issues ${body};`;
}
