import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlString } from '@gigpact/datasets';
import type { Agreement } from '@gigpact/rules';
import { coveredRowsSql } from '../../audits/engine/views';
import { duckRows, num } from '../stats/duck';
import type { Optional } from './definitions';
import { scopedUnits, type AnalysisScope } from './scope';
import { unitDay, unitsSql, type UnitKind } from './unit-sql';

/** Another agreement whose rows left the control arm, and how many of its units did. */
export interface LeftOutAgreement {
  agreementId: string;
  title: string;
  titleEn: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  rows: number;
}

/** The units of a kind left out of the control arm: how many in all, and by the agreement that covers them. */
export interface ControlLeftOut {
  kind: UnitKind;
  rows: number;
  agreements: LeftOutAgreement[];
}

/** Which rows of a kind leave the control arm (SQL over its columns, `FALSE` for none), and how many units. */
export interface ControlExclusion {
  leftOut: string;
  counts: ControlLeftOut | null;
}

/**
 * The rows of `kind` that leave the control arm of `agreement`'s evaluation: those of every other agreement in
 * effect on any day of the period compared — the kind's first day of data to the evaluated agreement's last day (or
 * the data's) — by that agreement's own coverage, as its audit reads it (`coveredRowsSql`: platforms, districts,
 * rider types, franchisees). They leave it on every day of the period, before that agreement's effective date too,
 * so that the control arm is the same rows before and after: a change it brings never enters the control arm's
 * change, and the arm does not change its make-up on that day. Rows the evaluated agreement covers stay covered.
 * `counts` are the control arm's units (in the reader's scope) that leave it; null when none do.
 */
export async function controlExclusion(
  connection: DuckDBConnection,
  input: {
    kind: UnitKind;
    columns: readonly string[];
    optional: Optional;
    agreement: Agreement;
    others: readonly Agreement[];
    scope: AnalysisScope;
  },
): Promise<ControlExclusion> {
  const { kind, columns, optional, agreement, scope } = input;
  const others = input.others.filter((o) => o.id !== agreement.id && o.industry === agreement.industry);
  const none = { leftOut: 'FALSE', counts: null };
  if (others.length === 0) return none;
  const [extent] = await duckRows<{ first: string | null; last: string | null }>(
    connection,
    `SELECT CAST(min(day) AS VARCHAR) AS first, CAST(max(day) AS VARCHAR) AS last
     FROM (SELECT ${unitDay(kind)} AS day FROM ${kind})`,
  );
  if (!extent?.first || !extent.last) return none;
  const first = extent.first;
  const last =
    agreement.effective_to && agreement.effective_to < extent.last ? agreement.effective_to : extent.last;
  const inPeriod = others.filter(
    (o) => o.effective_from <= last && (!o.effective_to || o.effective_to >= first),
  );
  if (inPeriod.length === 0) return none;
  const coveredBy = inPeriod.map((o) => `coalesce(${coveredRowsSql(o, kind, columns)}, FALSE)`);
  const leftOut = coveredBy.map((c) => `(${c})`).join(' OR ');
  const covered = coveredRowsSql(agreement, kind, columns);
  const flags = coveredBy.map((c, i) => `${c} AS left_out_${i}`).join(', ');
  const units = scopedUnits(unitsSql(kind, optional, covered, flags), scope);
  const [counted] = await duckRows<Record<string, unknown>>(
    connection,
    `SELECT count(*) AS total, ${inPeriod.map((_, i) => `count(*) FILTER (WHERE left_out_${i}) AS n_${i}`).join(', ')}
     FROM (${units})
     WHERE NOT covered AND day <= DATE ${sqlString(last)} AND (${inPeriod.map((_, i) => `left_out_${i}`).join(' OR ')})`,
  );
  const rows = num(counted?.total) ?? 0;
  const agreements = inPeriod
    .map((o, i) => ({
      agreementId: o.id,
      title: o.title,
      titleEn: o.title_en ?? null,
      effectiveFrom: o.effective_from,
      effectiveTo: o.effective_to ?? null,
      rows: num(counted?.[`n_${i}`]) ?? 0,
    }))
    .filter((a) => a.rows > 0);
  return { leftOut, counts: rows > 0 ? { kind, rows, agreements } : null };
}
