import type { SqlDialect } from './dialect';

/**
 * Divisions as columns. DuckDB divides decimals in floating point, so its exact division takes a few steps
 * that each read the previous step's columns (see DuckDbDialect.divisionSteps); every division therefore
 * becomes columns of stacked sub-selects placed below the SELECT that uses it, after the divisions it depends
 * on. Dialects that divide exactly in one expression return it inline and add no layer.
 */
export class Layers {
  private readonly levels: string[][] = [];
  private readonly placed = new Map<string, number>();
  /** The same quotient asked for twice (a named value used in two places) is computed once. */
  private readonly known = new Map<string, string>();
  private count = 0;

  constructor(
    private readonly dialect: SqlDialect,
    private readonly prefix: string,
  ) {}

  /** The quotient's column; with `where`, computed only for the rows where it holds (empty elsewhere). */
  divide(dividend: string, divisor: string, where?: string): string {
    const key = `${dividend}\u0000${divisor}\u0000${where ?? ''}`;
    const known = this.known.get(key);
    if (known) return known;
    const steps = this.dialect.divisionSteps(dividend, divisor, `${this.prefix}${this.count++}`, where);
    if (!steps) {
      const quotient = this.dialect.divide(dividend, divisor);
      return where ? `(CASE WHEN ${where} THEN ${quotient} END)` : quotient;
    }
    const start = this.levelAfter([dividend, divisor, where ?? '']);
    steps.projections.forEach((projection, i) => {
      (this.levels[start + i] ??= []).push(projection);
    });
    this.placed.set(steps.result, start + steps.projections.length - 1);
    this.known.set(key, steps.result);
    return steps.result;
  }

  /** A value computed once, as a column below the SELECT that uses it (after the columns it reads). */
  column(sql: string): string {
    const key = `\u0001${sql}`;
    const known = this.known.get(key);
    if (known) return known;
    const name = `__v${this.prefix}${this.count++}`;
    const level = this.levelAfter([sql]);
    (this.levels[level] ??= []).push(`${sql} AS ${name}`);
    this.placed.set(name, level);
    this.known.set(key, name);
    return name;
  }

  /** The first level after every placed column the SQL reads. */
  private levelAfter(sqls: readonly string[]): number {
    let start = 0;
    for (const [name, level] of this.placed)
      if (sqls.some((sql) => new RegExp(`\\b${name}\\b`).test(sql))) start = Math.max(start, level + 1);
    return start;
  }

  /** `from` with every division's columns added, as something a FROM clause can read. */
  wrap(from: string): string {
    return this.levels.reduce(
      (inner, projections) => `(SELECT *, ${projections.join(', ')} FROM ${inner} __l)`,
      from,
    );
  }
}
