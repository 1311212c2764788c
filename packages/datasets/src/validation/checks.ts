import type { ColumnSpec, DatasetSpec } from '@gigpact/contracts';
import { sqlIdent, sqlString } from '../duck/session';
import { nearestDistrictSql, unknownDistrictSql } from '../ingest/district-names';
import { personalValueSql } from '../ingest/personal-data';
import type { IngestErrorCode } from './codes';
import { timeOrder, statusRules } from './relations';
import { impossibleDaySql, invalidCodeOf } from './typed-sql';

export interface CheckContext {
  spec: DatasetSpec;
  /** Canonical columns the dataset has (after mapping). */
  present: ReadonlySet<string>;
  /** SQL for "now" as a wall-clock TIMESTAMP in the dataset's zone. */
  nowSql: string;
  /** The platform the upload is for (`--platform`): rows naming another in `platform`/`company` are refused. */
  platform?: string;
  /**
   * How an adapter's canonical columns are named in errors: the export's column(s) and their text as written,
   * rather than the canonical column and its converted value. A column without one is named as it is.
   */
  labels?: ReadonlyMap<string, SourceLabel>;
  /** Checks of the export's own values (each number an adapter reads), before any of what is derived from them. */
  sourceChecks?: readonly SourceCheck[];
  /**
   * The text encoding a file was transcoded from (`GB18030`), when it was not UTF-8: bytes invalid in it were
   * decoded as U+FFFD, and a value holding one is refused rather than stored with its bytes lost.
   */
  decodedFrom?: string;
}

export interface SourceLabel {
  /** What the error names (`tolls`; `driver_income (base_pay + surge)`). */
  column: string;
  /** SQL of the text it quotes, as the file has it (`base_pay=-4.13, surge=3.75`). */
  value: string;
  /** SQL: one of the export's values it is read from already failed its own check (reported on its own). */
  bad?: string;
}

export interface SourceCheck {
  /** The export's column. */
  column: string;
  /** SQL of its text as the file has it. */
  value: string;
  /** SQL condition: the value is refused. */
  when: string;
  code: string;
}

/** How a canonical column is named in errors, with the SQL of the value they quote. */
function labelOf(ctx: CheckContext, column: string): SourceLabel {
  return ctx.labels?.get(column) ?? { column, value: sqlIdent(column) };
}

/** The name and quoted value alone, for a check between columns. */
function named(ctx: CheckContext, column: string): { column: string; value: string } {
  const label = labelOf(ctx, column);
  return { column: label.column, value: label.value };
}

/** `"col"` is the cleaned text of a column in view `vt`, `"col__t"` its typed value. */
export const typedName = (name: string) => `${name}__t`;

interface Check {
  /** SQL condition over the row (NULL counts as false). */
  when: string;
  code: string;
  /** SQL of the error's `{detail}`, evaluated only for the rows the check refuses. */
  detail?: string;
}

/**
 * What a value of a column with a `pattern` (data-model.md) must look like, said in words: each pattern has its own
 * error, so that nobody is shown a regular expression. A pattern without one would fall back to `pattern_mismatch`,
 * which quotes it; `checks.test.ts` keeps every pattern of the data model in this list.
 */
export const patternCodes: Readonly<Record<string, IngestErrorCode>> = {
  [String.raw`^\d{4}-(0[1-9]|1[0-2])$`]: 'invalid_month',
};

/**
 * The problems one field can have, in the order they are reported: required → type → sign and range → allowed
 * values → pattern → not in the future → no raw personal identifier → a district of the city. One field yields at
 * most one issue (the first that applies); a row yields one per bad field.
 */
function fieldChecks(column: ColumnSpec, ctx: CheckContext): Check[] {
  const t = sqlIdent(column.name);
  const typed = sqlIdent(typedName(column.name));
  const arms: Check[] = [];
  if (column.required) arms.push({ when: `${t} IS NULL`, code: 'required_value_missing' });
  if (ctx.decodedFrom)
    arms.push({
      when: `strpos(${t}, chr(65533)) > 0`,
      code: 'undecodable_text',
      detail: sqlString(ctx.decodedFrom),
    });
  const invalid = invalidCodeOf(column.type);
  const impossibleDay = impossibleDaySql(column.type, t);
  if (impossibleDay) arms.push({ when: `${typed} IS NULL AND ${impossibleDay}`, code: 'no_such_day' });
  if (invalid) arms.push({ when: `${t} IS NOT NULL AND ${typed} IS NULL`, code: invalid });
  if (column.min !== undefined) {
    const code = column.min === 0 ? 'negative_value' : 'out_of_range';
    arms.push({ when: `${typed} < ${column.min}`, code, detail: sqlString(rangeText(column)) });
  }
  if (column.max !== undefined)
    arms.push({
      when: `${typed} > ${column.max}`,
      code: 'out_of_range',
      detail: sqlString(rangeText(column)),
    });
  if (column.type === 'enum' && column.values) {
    const list = column.values.map(sqlString).join(', ');
    arms.push({
      when: `${t} NOT IN (${list})`,
      code: 'invalid_enum',
      detail: sqlString(column.values.join(' / ')),
    });
  }
  if (column.pattern) {
    const code = patternCodes[column.pattern];
    arms.push({
      when: `NOT regexp_full_match(${t}, ${sqlString(column.pattern)})`,
      code: code ?? 'pattern_mismatch',
      ...(code ? {} : { detail: sqlString(column.pattern) }),
    });
  }
  if (column.type === 'timestamp')
    arms.push({ when: `${typed} > ${ctx.nowSql}`, code: 'timestamp_in_future' });
  // A number as the whole value, or inside it; a worker id that is a number as a whole is pseudonymised instead.
  if (column.type === 'string')
    arms.push({
      when: personalValueSql(t, column.name === ctx.spec.workerColumn),
      code: 'personal_identifier_value',
    });
  // Last, so that a phone number written as a district is refused (and masked) as one.
  if (column.name === 'district')
    arms.push({ when: unknownDistrictSql(t), code: 'unknown_district', detail: nearestDistrictSql(t) });
  return arms;
}

function fieldIssue(column: ColumnSpec, arms: Check[], ctx: CheckContext): string {
  const label = labelOf(ctx, column.name);
  // A value derived from an export's value that was refused on its own is not refused a second time.
  const guard = label.bad ? `WHEN ${label.bad} THEN NULL ` : '';
  const code = `CASE ${guard}${arms.map((a) => `WHEN ${a.when} THEN '${a.code}'`).join(' ')} END`;
  const details = arms.filter((a) => a.detail);
  const detail = details.length
    ? `CASE ${details.map((a) => `WHEN ${a.when} THEN ${a.detail!}`).join(' ')} END`
    : 'NULL::VARCHAR';
  return `{'col': ${sqlString(label.column)}, 'val': ${label.value}, 'code': ${code}, 'detail': ${detail}}`;
}

function rangeText(column: ColumnSpec): string {
  return `[${column.min ?? '-∞'}, ${column.max ?? '∞'}]`;
}

interface RelationCheck extends Check {
  column: string;
  value: string;
}

function relationChecks(ctx: CheckContext): RelationCheck[] {
  const out: RelationCheck[] = [];
  for (const { later, earlier } of timeOrder[ctx.spec.kind] ?? []) {
    if (!ctx.present.has(later) || !ctx.present.has(earlier)) continue;
    const before = labelOf(ctx, earlier);
    out.push({
      ...named(ctx, later),
      when: `${sqlIdent(typedName(later))} < ${sqlIdent(typedName(earlier))}`,
      code: 'timestamp_order',
      detail: `${sqlString(before.column + ' ')} || ${before.value}`,
    });
  }
  const scope = ['platform', 'company'].find((c) => ctx.present.has(c));
  if (ctx.platform && scope) {
    out.push({
      ...named(ctx, scope),
      when: `${sqlIdent(scope)} <> ${sqlString(ctx.platform)}`,
      code: 'platform_mismatch',
      detail: sqlString(ctx.platform),
    });
  }
  for (const rule of statusRules[ctx.spec.kind] ?? []) {
    if (!ctx.present.has('status')) continue;
    const has = ctx.present.has(rule.column);
    if (!has && rule.mustBe === 'absent') continue;
    const value = has ? sqlIdent(rule.column) : 'NULL::VARCHAR';
    const broken = rule.mustBe === 'present' ? `${value} IS NULL` : `${value} IS NOT NULL`;
    out.push({
      ...(has ? named(ctx, rule.column) : { column: rule.column, value }),
      when: `status = ${sqlString(rule.whenStatus)} AND ${broken}`,
      code: 'status_mismatch',
      detail: sqlString(`status=${rule.whenStatus}`),
    });
  }
  return out;
}

function presentColumns(ctx: CheckContext): ColumnSpec[] {
  return ctx.spec.columns.filter((c) => ctx.present.has(c.name));
}

/**
 * One boolean for "this row has at least one problem", evaluated on every row in the validating scan. Only the
 * few rows it flags are examined again for the full list of issues (`rowIssuesSql`).
 */
export function rowIsBadSql(ctx: CheckContext): string {
  const conditions = [
    ...(ctx.sourceChecks ?? []),
    ...presentColumns(ctx).flatMap((c) => fieldChecks(c, ctx)),
    ...relationChecks(ctx),
  ].map((c) => `(${c.when})`);
  return conditions.length ? `coalesce(${conditions.join('\n OR ')}, false)` : 'false';
}

/**
 * SQL selecting `(_rid, col, val, code, detail)` — every issue of every row of `view`, a relation with the
 * columns' text (`"col"`) and typed values (`"col__t"`) and the row id `_rid`.
 */
export function rowIssuesSql(ctx: CheckContext, view: string): string {
  const structs = [
    ...(ctx.sourceChecks ?? []).map(
      (s) =>
        `{'col': ${sqlString(s.column)}, 'val': ${s.value}, 'code': CASE WHEN ${s.when} THEN '${s.code}' END, 'detail': NULL::VARCHAR}`,
    ),
    ...presentColumns(ctx).flatMap((c) => {
      const arms = fieldChecks(c, ctx);
      return arms.length ? [fieldIssue(c, arms, ctx)] : [];
    }),
    ...relationChecks(ctx).map(
      (r) =>
        `{'col': ${sqlString(r.column)}, 'val': ${r.value}, 'code': CASE WHEN ${r.when} THEN '${r.code}' END, 'detail': ${r.detail}}`,
    ),
  ];
  if (structs.length === 0)
    return 'SELECT 0::BIGINT AS _rid, NULL::VARCHAR AS col, NULL::VARCHAR AS val, NULL::VARCHAR AS code, NULL::VARCHAR AS detail WHERE false';
  // The values are as read: every error that leaves the ingest masks the numbers in them (`ingestIssue`,
  // `writeRejected`).
  return `SELECT _rid, i.col, i.val, i.code, i.detail FROM (
    SELECT _rid, unnest(list_filter([${structs.join(',\n')}], s -> s.code IS NOT NULL)) AS i FROM ${view})`;
}
