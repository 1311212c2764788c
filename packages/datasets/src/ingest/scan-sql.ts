import type { ColumnSpec, DatasetSpec } from '@gigpact/contracts';
import { exportNumberSql } from '../adapters/adapter';
import { sqlIdent, sqlString } from '../duck/session';
import { typedName, type CheckContext, type SourceCheck, type SourceLabel } from '../validation/checks';
import { cleanText, invalidCodeOf, typedExpr } from '../validation/typed-sql';
import { copiedFrom, type Mapping } from './mapping';

export interface ScanOptions {
  timeZone: string;
  now?: string;
  platform?: string;
  /** The encoding a text file was transcoded from, when not UTF-8 (`CheckContext.decodedFrom`). */
  decodedFrom?: string;
}

/**
 * The SQL of one validating scan, shared by the exact path (`validateSource`) and the clean-file path
 * (`writeCleanDataset`), so both type and check every value with the very same expressions.
 */
export interface ScanSql {
  /** Canonical columns the file supplies, in the dataset's order. */
  present: ColumnSpec[];
  ctx: CheckContext;
  /** `SELECT <canonical text columns><extra> FROM <from>`: the file's columns mapped and cleaned. */
  canonical(from: string, extra: string): string;
  /** `SELECT <"col" text, "col__t" typed, for every canonical column><extra>`: to be followed by `FROM …`. */
  typed(extra: string): string;
}

export function scanSql(spec: DatasetSpec, mapping: Mapping, options: ScanOptions): ScanSql {
  const present = spec.columns.filter((c) => mapping.exprs.has(c.name));
  const nowSql = options.now
    ? `TIMESTAMP ${sqlString(options.now)}`
    : `timezone(${sqlString(options.timeZone)}, now())::TIMESTAMP`;
  const exported = exportedValues(present, mapping);
  const ctx: CheckContext = {
    spec,
    present: new Set(present.map((c) => c.name)),
    nowSql,
    platform: options.platform,
    labels: exported.labels,
    sourceChecks: exported.checks,
    decodedFrom: options.decodedFrom,
  };
  return {
    present,
    ctx,
    canonical: (from, extra) =>
      `SELECT ${[
        ...present.map((c) => `${mapping.exprs.get(c.name)} AS ${sqlIdent(c.name)}`),
        ...exported.columns.map((c, i) => `${cleanText(sqlIdent(c))} AS ${exportedName(i)}`),
      ].join(', ')}${extra} FROM ${from}`,
    typed: (extra) =>
      `SELECT ${[
        ...present.map(
          (c) =>
            `${sqlIdent(c.name)}, ${typedExpr(c, sqlIdent(c.name), options.timeZone)} AS ${sqlIdent(typedName(c.name))}`,
        ),
        ...exported.columns.map((_, i) => exportedName(i)),
      ].join(', ')}${extra}`,
  };
}

/** The export's own text of the i-th column an adapter reads, carried beside the canonical columns for errors. */
const exportedName = (i: number) => `"_src${i}"`;

/**
 * For an adapter's file: the export's columns its canonical columns are read from (carried through the scan as
 * text, `_src<i>`), a check of each number among them, and how errors name each canonical column — the export's
 * column and its text when it is a copy, else the canonical column with its formula and every value it comes from.
 */
function exportedValues(
  present: readonly ColumnSpec[],
  mapping: Mapping,
): { columns: string[]; labels: Map<string, SourceLabel>; checks: SourceCheck[] } {
  const sources = present.flatMap((c) => {
    const source = mapping.sources.get(c.name);
    return source ? [[c.name, source] as const] : [];
  });
  const columns = [...new Set(sources.flatMap(([, s]) => s.from))];
  const text = (column: string) => exportedName(columns.indexOf(column));
  const checks = new Map<string, SourceCheck>();
  for (const [, source] of sources) {
    const kind = source.numbers;
    if (!kind) continue;
    for (const column of source.from) {
      if (checks.has(column)) continue;
      checks.set(column, {
        column,
        value: text(column),
        when: `${text(column)} IS NOT NULL AND (${exportNumberSql(text(column), kind)}) IS NULL`,
        code: invalidCodeOf(kind)!,
      });
    }
  }
  const labels = new Map<string, SourceLabel>();
  for (const [name, source] of sources) {
    const refused = source.from.flatMap((f) => (checks.has(f) ? [`(${checks.get(f)!.when})`] : []));
    const bad = refused.length ? refused.join(' OR ') : undefined;
    const only = copiedFrom(source);
    const label: SourceLabel =
      only !== undefined
        ? { column: only, value: text(only) }
        : {
            column: `${name} (${source.formula ?? source.from.join(', ')})`,
            value: `concat_ws(', ', ${source.from.map((f) => `${sqlString(`${f}=`)} || coalesce(${text(f)}, '')`).join(', ')})`,
          };
    labels.set(name, bad ? { ...label, bad } : label);
  }
  return { columns, labels, checks: [...checks.values()] };
}
