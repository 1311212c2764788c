import { nearlySpelt, type DatasetSpec } from '@gigpact/contracts';
import type { AdaptedColumn, Adapter } from '../adapters';
import { sqlIdent, sqlString } from '../duck/session';
import { cleanText } from '../validation/typed-sql';
import { ingestIssue, type IngestIssue } from '../validation/codes';
import { looksLikePersonalHeader } from './personal-data';

export interface Mapping {
  /** Canonical column → SQL text expression over view `src`. */
  exprs: Map<string, string>;
  /**
   * Canonical column → the export's columns an adapter reads it from (with how, and whether they are numbers),
   * so that errors name the file's columns and values as written. Empty for a canonical file.
   */
  sources: Map<string, ColumnSource>;
  skip: { when: string; reason: string } | null;
  ignored: string[];
  fileIssues: IngestIssue[];
}

/** Where an adapter reads a canonical column from (`AdaptedColumn` without its SQL). */
export type ColumnSource = Omit<AdaptedColumn, 'sql'>;

/**
 * The export's column a canonical column is a copy of (one column, no formula), which errors then name with its
 * text as written; undefined for a column computed from several, or not read from the export.
 */
export function copiedFrom(source: ColumnSource | undefined): string | undefined {
  return source?.from.length === 1 && !source.formula ? source.from[0] : undefined;
}

/**
 * Decides which column of the file feeds which canonical column. A canonical CSV names them exactly; `columnMap`
 * renames or deliberately leaves out others. A column whose name says it holds phone or ID-card numbers is
 * refused unless mapped, so raw personal data cannot slip in under a column nobody looked at.
 */
export function mapColumns(
  spec: DatasetSpec,
  columns: readonly string[],
  options: { columnMap: Record<string, string | null>; platform?: string; driver?: string },
  adapter: Adapter | null,
): Mapping {
  const fileIssues: IngestIssue[] = [];
  const exprs = new Map<string, string>();
  const sources = new Map<string, ColumnSource>();
  const ignored: string[] = [];
  fileIssues.push(...duplicateHeaders(columns));
  if (adapter) {
    const sourceColumns = new Set(columns);
    for (const required of adapter.requiredSourceColumns) {
      if (!sourceColumns.has(required))
        fileIssues.push(ingestIssue('missing_column', { line: 1, column: required }));
    }
    if (fileIssues.length) return { exprs, sources, skip: null, ignored, fileIssues };
    const ctx = { sourceColumns, driver: options.driver, platform: options.platform };
    const supplied = Object.entries(adapter.columns(ctx)).map(
      ([name, column]) => [name, typeof column === 'string' ? { sql: column, from: [] } : column] as const,
    );
    // An adapter answers NULL for a column only the command line can supply (`--driver`): then it is missing.
    for (const [name, { sql, ...source }] of supplied) {
      if (sql === 'NULL') continue;
      exprs.set(name, `nullif(trim(${sql}), '')`);
      if (source.from.length) sources.set(name, source);
    }
    const used = new Set([
      ...supplied.flatMap(([, c]) => c.from),
      ...(supplied
        .map(([, c]) => c.sql)
        .join(' ')
        .match(/"[^"]+"/g)
        ?.map((q) => q.slice(1, -1)) ?? []),
    ]);
    ignored.push(...columns.filter((c) => !used.has(c)));
    requireColumns(spec, exprs, fileIssues);
    return { exprs, sources, skip: adapter.skip?.(ctx) ?? null, ignored, fileIssues };
  }
  const canonical = new Set(spec.columns.map((c) => c.name));
  const sourceOf = new Map<string, string>();
  for (const name of columns) {
    const mapped = Object.hasOwn(options.columnMap, name) ? options.columnMap[name] : undefined;
    const target = mapped === undefined ? (canonical.has(name) ? name : undefined) : mapped;
    if (target === null) {
      ignored.push(name);
      continue;
    }
    if (target === undefined) {
      if (looksLikePersonalHeader(name))
        fileIssues.push(ingestIssue('personal_identifier_column', { line: 1, column: name }));
      else ignored.push(name);
      continue;
    }
    if (!canonical.has(target)) {
      const columnsOfKind = [...canonical].join(', ');
      fileIssues.push(
        ingestIssue('unknown_mapped_column', {
          line: 1,
          column: target,
          detail: {
            zh: `--map ${name}=${target}；可用的列：${columnsOfKind}`,
            en: `--map ${name}=${target}; its columns: ${columnsOfKind}`,
          },
        }),
      );
      continue;
    }
    // Two columns mapped onto one; two headers spelled alike were reported above.
    if (exprs.has(target) && sourceOf.get(target) !== name)
      fileIssues.push(ingestIssue('duplicate_column', { line: 1, column: target }));
    exprs.set(target, cleanText(sqlIdent(name)));
    sourceOf.set(target, name);
  }
  if (!exprs.has('platform') && canonical.has('platform') && options.platform) {
    exprs.set('platform', sqlString(options.platform));
  }
  requireColumns(spec, exprs, fileIssues, ignored);
  return { exprs, sources, skip: null, ignored, fileIssues };
}

/**
 * Each required column the file does not give, named; where one of the file's unused columns is spelt nearly
 * like it (`picked_up_at` for `pickup_at`), that column is offered with the `--map` that would use it (each
 * unused column to one missing column at most).
 */
function requireColumns(
  spec: DatasetSpec,
  exprs: Map<string, string>,
  fileIssues: IngestIssue[],
  unused: readonly string[] = [],
): void {
  const missing = spec.columns.filter((c) => c.required && !exprs.has(c.name)).map((c) => c.name);
  const offered = nearlySpelt(missing, unused);
  for (const name of missing) {
    const near = offered.get(name);
    fileIssues.push(
      near === undefined
        ? ingestIssue('missing_column', { line: 1, column: name })
        : ingestIssue('missing_column_near', { line: 1, column: name, detail: near }),
    );
  }
}

/**
 * Headers must differ other than in letter case: the file's columns are read by name and DuckDB matches names
 * case-insensitively, so `Courier_Fee` and `courier_fee` could not be told apart. Each clash is reported once,
 * naming both headers as written.
 */
function duplicateHeaders(columns: readonly string[]): IngestIssue[] {
  const issues: IngestIssue[] = [];
  const spellings = new Map<string, string[]>();
  for (const name of columns) {
    const seen = spellings.get(name.toLowerCase()) ?? [];
    const times = seen.filter((s) => s === name).length;
    if (times === 1) issues.push(ingestIssue('duplicate_column', { line: 1, column: name }));
    else if (times === 0 && seen.length > 0)
      issues.push(ingestIssue('duplicate_column_case', { line: 1, column: name, detail: seen[0] }));
    spellings.set(name.toLowerCase(), [...seen, name]);
  }
  return issues;
}
