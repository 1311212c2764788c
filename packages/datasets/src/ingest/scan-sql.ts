import type { ColumnSpec, DatasetSpec } from '@gigpact/contracts';
import { sqlIdent, sqlString } from '../duck/session';
import { typedName, type CheckContext } from '../validation/checks';
import { typedExpr } from '../validation/typed-sql';
import type { Mapping } from './mapping';

export interface ScanOptions {
  timeZone: string;
  now?: string;
  platform?: string;
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
  const ctx: CheckContext = {
    spec,
    present: new Set(present.map((c) => c.name)),
    nowSql,
    platform: options.platform,
  };
  return {
    present,
    ctx,
    canonical: (from, extra) =>
      `SELECT ${present.map((c) => `${mapping.exprs.get(c.name)} AS ${sqlIdent(c.name)}`).join(', ')}${extra} FROM ${from}`,
    typed: (extra) =>
      `SELECT ${present
        .map(
          (c) =>
            `${sqlIdent(c.name)}, ${typedExpr(c, sqlIdent(c.name), options.timeZone)} AS ${sqlIdent(typedName(c.name))}`,
        )
        .join(', ')}${extra}`,
  };
}
