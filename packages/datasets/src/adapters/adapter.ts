import type { DatasetKind } from '@gigpact/contracts';

export interface AdapterContext {
  /** Column names of the export, exactly as in its header. */
  sourceColumns: ReadonlySet<string>;
  /** `--driver` for one person's own export. */
  driver?: string;
  /** `--platform` when the export does not name the platform itself. */
  platform?: string;
}

/**
 * Turns one platform's export into a canonical dataset. Everything is SQL over the export's text columns (view
 * `src`), so an adapter is a mapping table, not a program: the next platform's export is one small file.
 */
export interface Adapter {
  name: string;
  kind: DatasetKind;
  /** Wall-clock zone of the export's times. */
  timeZone: string;
  currency: string;
  /** Columns the export must have. */
  requiredSourceColumns: readonly string[];
  /** Canonical column → SQL giving its text from the export's columns. Columns it cannot supply are left out. */
  columns(ctx: AdapterContext): Record<string, string>;
  /** Rows that are not records of the dataset (e.g. cancelled rides): kept beside it as skipped, with the reason. */
  skip?(ctx: AdapterContext): { when: string; reason: string };
}

/** Decimal text → DECIMAL without a binary float; empty counts as 0; other text makes the whole sum invalid. */
export function decimalSumSql(
  parts: readonly string[],
  sourceColumns: ReadonlySet<string>,
  scale = 4,
): string {
  const present = parts.filter((p) => sourceColumns.has(p));
  if (present.length === 0) return 'NULL::VARCHAR';
  const term = (p: string) => `coalesce(TRY_CAST(nullif(trim("${p}"), '') AS DECIMAL(38,10)), 0)`;
  const bad = present.map(
    (p) => `(nullif(trim("${p}"), '') IS NOT NULL AND TRY_CAST(trim("${p}") AS DECIMAL(38,10)) IS NULL)`,
  );
  const badText = present.map((p) => `coalesce("${p}", '')`).join(` || '+' || `);
  return `CASE WHEN ${bad.join(' OR ')} THEN ${badText}
    ELSE CAST(round(${present.map(term).join(' + ')}, ${scale}) AS VARCHAR) END`;
}

/** Rounds decimal text to `scale` places in DECIMAL arithmetic (exports often carry float noise like 4.4399999999999995). */
export function decimalTextSql(column: string, scale: number, factor?: string): string {
  const v = `nullif(trim("${column}"), '')`;
  const value = factor ? `TRY_CAST(${v} AS DECIMAL(38,10)) * ${factor}` : `TRY_CAST(${v} AS DECIMAL(38,10))`;
  return `CASE WHEN ${v} IS NULL THEN NULL WHEN TRY_CAST(${v} AS DECIMAL(38,10)) IS NULL THEN ${v}
    ELSE CAST(round(${value}, ${scale}) AS VARCHAR) END`;
}
