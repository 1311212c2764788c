import type { DatasetKind } from '@gigpact/contracts';
import { sqlIdent } from '../duck/session';
import { cleanText, decimalPattern, moneyPattern } from '../validation/typed-sql';

export interface AdapterContext {
  /** Column names of the export, exactly as in its header. */
  sourceColumns: ReadonlySet<string>;
  /** `--driver` for one person's own export. */
  driver?: string;
  /** `--platform` when the export does not name the platform itself. */
  platform?: string;
}

/**
 * A canonical column as an adapter reads it from the export, with what an error about it needs to name the
 * export's own columns and their text as written (not the converted value under the canonical name).
 */
export interface AdaptedColumn {
  /** SQL giving the canonical column's text from the export's columns (view `src`). */
  sql: string;
  /** The export's columns it is read from (none for a constant or a row number). */
  from: readonly string[];
  /** How it is computed from them when it is more than a copy (`base_pay + surge`), named beside the canonical column. */
  formula?: string;
  /**
   * The columns in `from` are numbers: each is first checked on its own as canonical money (four decimal places)
   * or decimal (six), and refused naming it (`exportNumberSql`).
   */
  numbers?: 'money' | 'decimal';
}

/**
 * Turns one platform's export into a canonical dataset. Everything is SQL over the export's text columns (view
 * `src`), so an adapter is a mapping table, not a program: the next platform's export is one small file.
 */
export interface Adapter {
  name: string;
  kind: DatasetKind;
  /**
   * Which reading of the export this is: part of a dataset's identity, so a file stored by an earlier reading is
   * read again rather than reused. Bump it whenever the same export would be stored or refused differently.
   */
  revision: number;
  /** Wall-clock zone of the export's times. */
  timeZone: string;
  currency: string;
  /** Columns the export must have. */
  requiredSourceColumns: readonly string[];
  /**
   * Canonical columns, besides the id, within which the export's ids are unique, when that is less than the
   * platform (a row number names a ride only within one driver's export): an audit reading the dataset beside
   * others names its rows by these columns and the id, so two drivers' rides never share a name.
   */
  idScope?: readonly string[];
  /**
   * Canonical column → SQL giving its text from the export's columns (a plain string when errors may name the
   * canonical column itself). Columns it cannot supply are left out.
   */
  columns(ctx: AdapterContext): Record<string, string | AdaptedColumn>;
  /** Rows that are not records of the dataset (e.g. cancelled rides): kept beside it as skipped, with the reason. */
  skip?(ctx: AdapterContext): { when: string; reason: string };
}

/** An export column's text without surrounding blanks, NULL when empty (as canonical columns are read). */
export const exportText = (column: string) => cleanText(sqlIdent(column));

/**
 * A number as the export wrote it (`v`: trimmed text, NULL when empty), read by the rule for canonical money (four
 * decimal places) or decimals (six): its own text when it fits — digits past the last place only when they are
 * zeros — else NULL. One exception, for exports written from binary floats: text of 16 or 17 significant digits
 * (how a program prints a double, e.g. `4.4399999999999995`) is the number it shows at 15 significant digits, as
 * Excel shows it and as XLSX cells are read (`4.44`), when that fits. A real further digit (`12.345678`,
 * `8.12345`) is never rounded away: the value is NULL and the row is refused naming the column.
 */
export function exportNumberSql(v: string, kind: 'money' | 'decimal'): string {
  const pattern = kind === 'money' ? moneyPattern : decimalPattern;
  const shown = `printf('%.15g', TRY_CAST(${v} AS DOUBLE))`;
  const significant = `length(ltrim(replace(replace(${v}, '-', ''), '.', ''), '0'))`;
  return `CASE WHEN regexp_full_match(${v}, '${pattern}') THEN ${v}
    WHEN regexp_full_match(${v}, '-?\\d+\\.\\d+') AND ${significant} BETWEEN 16 AND 17
      AND regexp_full_match(${shown}, '${pattern}') THEN ${shown} END`;
}

/** An export column that is money in the dataset's currency, as is. */
export function moneyColumn(column: string): AdaptedColumn {
  return { sql: exportNumberSql(exportText(column), 'money'), from: [column], numbers: 'money' };
}

/**
 * The sum of money columns in DECIMAL (never a binary float). A part the export lacks or leaves empty counts 0;
 * a part that is not money (`abc`, `12.345678`) is refused naming that part.
 */
export function moneySum(parts: readonly string[], sourceColumns: ReadonlySet<string>): AdaptedColumn {
  const present = parts.filter((p) => sourceColumns.has(p));
  const value = (p: string) => exportNumberSql(exportText(p), 'money');
  const bad = present.map((p) => `(${exportText(p)} IS NOT NULL AND ${value(p)} IS NULL)`);
  const sum = present.map((p) => `coalesce(CAST(${value(p)} AS DECIMAL(38,4)), 0)`).join(' + ');
  return {
    sql: present.length ? `CASE WHEN ${bad.join(' OR ')} THEN NULL ELSE CAST(${sum} AS VARCHAR) END` : 'NULL',
    from: present,
    formula: present.length > 1 ? present.join(' + ') : undefined,
    numbers: 'money',
  };
}

/** Miles → kilometres (`distance_km`): the export's miles read as a decimal, the product rounded to six places. */
export function milesToKm(column: string): AdaptedColumn {
  const miles = exportNumberSql(exportText(column), 'decimal');
  return {
    sql: `CAST(round(CAST(${miles} AS DECIMAL(38,6)) * 1.609344, 6) AS VARCHAR)`,
    from: [column],
    formula: `${column} × 1.609344`,
    numbers: 'decimal',
  };
}
