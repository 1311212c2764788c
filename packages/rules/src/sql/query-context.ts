import type { RulePlan } from '../compile/plan';
import { storedPlacesOf } from '../spec/datasets';
import type { Node } from '../ir/node';
import { Bindings } from './bindings';
import type { SqlDialect } from './dialect';
import { ExpressionEmitter, type EmitContext } from './expression';
import type { Fixed } from './fixed-point';
import { Layers } from './layers';

/** A finding's SELECT: where it reads, how it names the finding, and which values its trace carries. */
export interface FindingSpec {
  /** A relation (a CTE name or a parenthesised SELECT). */
  base: string;
  key: string;
  evidence: string;
  /** Values for the trace: IR nodes emitted here, or SQL already computed in `base`. */
  values: [string, Node | string][];
  where?: Node;
  refs?: ReadonlyMap<string, string>;
  /** The fixed-point forms of those of `refs` that have one (see `fixedPoint`). */
  fixedRefs?: ReadonlyMap<string, Fixed>;
  day?: string;
  layers?: Layers;
  /** Where the summary counts, when not `base` (e.g. every row of a block clause, not only its candidates). */
  summaryBase?: string;
  /**
   * Where the clause's one pass (`both` mode, rows as structs) is folded into another aggregate over the same
   * rows: given the verdict and the layers it reads, the relation whose rows hold `__n`, `__u`, `__k` and
   * `__hits` (see `QueryContext.onePass`), summed over its rows.
   */
  fold?: (verdict: string, layers: Layers) => string;
}

/**
 * A query either lists findings, or counts, per clause, what it looked at, left unchecked and found, or does
 * both from one evaluation of the verdicts (`both`: every row has the findings' columns, then in_scope,
 * unchecked and findings; a finding's counts are empty, a summary row's finding columns are).
 */
export type QueryMode = 'findings' | 'summary' | 'both';

/** What every part of one findings query shares: the dialect, the bound values, the as-of date. */
export class QueryContext {
  readonly bindings: Bindings;
  /** CTEs of the clauses' one-pass verdicts (`both` mode), placed after every CTE they read. */
  readonly passes: string[] = [];
  private layerCount = 0;

  constructor(
    readonly dialect: SqlDialect,
    readonly asOf: string,
    readonly mode: QueryMode = 'findings',
    /** Worker timelines sorted by worker id as well as by its hash (see `CompileOptions.exactWorkerOrder`). */
    readonly exactWorkerOrder = false,
    /** The parts of a streamed worker timeline (see `CompileOptions.timelineParts`). */
    readonly timelineParts?: number,
  ) {
    this.bindings = new Bindings(dialect);
  }

  layers(prefix: string): Layers {
    return new Layers(this.dialect, `${prefix}${this.layerCount++}_`);
  }

  emitter(
    plan: RulePlan,
    layers: Layers,
    options: Partial<Pick<EmitContext, 'day' | 'refs' | 'fixedRefs'>> = {},
  ): ExpressionEmitter {
    const context: EmitContext = {
      day: options.day ?? '__day',
      refs: options.refs ?? new Map(),
      fixedRefs: options.fixedRefs,
      params: plan.params,
      asOf: this.asOf,
      divide: (a, b) => layers.divide(a, b),
      divideWhere: (a, b, where) => layers.divide(a, b, where),
      column: (sql) => layers.column(sql),
      storedPlaces: (column) => storedPlacesOf(plan.dataset, column),
    };
    return new ExpressionEmitter(this.dialect, this.bindings, context);
  }

  /** The rows a clause looks at: its filter and coverage, within the agreement's effective dates. */
  scope(plan: RulePlan, e: ExpressionEmitter): string {
    const parts = [plan.filter ? e.emit(plan.filter) : 'TRUE'];
    if (plan.effectiveFrom) parts.push(`__day >= ${this.bindings.bind(plan.effectiveFrom, 'date')}`);
    if (plan.effectiveTo) parts.push(`__day <= ${this.bindings.bind(plan.effectiveTo, 'date')}`);
    return this.dialect.isTrue(parts.join(' AND '));
  }

  finding(plan: RulePlan, spec: FindingSpec): string {
    if (this.mode === 'summary') return this.summary(plan, spec);
    if (this.mode === 'findings') return this.findingRows(plan, spec);
    if (this.dialect.supportsRowStructs && !spec.summaryBase) return this.onePass(plan, spec);
    return `${this.findingRows(plan, spec)}\nUNION ALL\n${this.summary(plan, { ...spec, base: spec.summaryBase ?? spec.base })}`;
  }

  /**
   * Both from one pass over the base, where rows are structs (DuckDB): the verdict is evaluated once, the
   * counts (`__n` rows, `__u` empty verdicts, `__k` findings) and the list of the flagged rows (`__hits`) are
   * one aggregate row (`v{n}`, among `passes`) or the rows of another aggregate the pass is folded into
   * (`fold`), and the findings spread those lists back into rows, their traces computed for them alone.
   */
  private onePass(plan: RulePlan, spec: FindingSpec): string {
    const layers = spec.layers ?? this.layers('f');
    const e = this.emitter(plan, layers, { day: spec.day, refs: spec.refs, fixedRefs: spec.fixedRefs });
    const verdict = e.emit(spec.where ?? plan.violation);
    const checkedWhen = plan.group?.checkedWhen;
    let pass: string;
    if (spec.fold) pass = spec.fold(verdict, layers);
    else {
      pass = `v${this.passes.length}`;
      const checked = checkedWhen ? `, COALESCE((${e.emit(checkedWhen)}), TRUE) AS __checked` : '';
      this.passes.push(
        `${pass} AS MATERIALIZED (SELECT ${onePassColumns(checkedWhen ? '__checked' : undefined)} FROM (SELECT *, (${verdict}) AS __v${checked} FROM ${layers.wrap(spec.base)} __l) __f)`,
      );
    }
    const hits = `(SELECT unnest(__hit) FROM (SELECT unnest(__hits) AS __hit FROM ${pass}) __h)`;
    const clause = this.bindings.bind(plan.clauseId, 'string');
    // As a summary over the rows themselves: no rows in scope count 0, and leave the other two empty.
    const whenAny = (sum: string) => `CASE WHEN SUM(__n) > 0 THEN ${sum} END`;
    const counts = this.summaryColumns(
      'CAST(COALESCE(SUM(__n), 0) AS BIGINT)',
      whenAny('SUM(__u)'),
      whenAny('SUM(__k)'),
    );
    return `${this.findingRows(plan, { ...spec, base: hits, where: undefined, layers: undefined })}\nUNION ALL\nSELECT ${clause} AS clause_id, ${counts} FROM ${pass}`;
  }

  /** A summary row's columns (after clause_id): in the combined form, empty finding columns come first. */
  summaryColumns(inScope: string, unchecked: string, findings: string): string {
    const empty =
      this.mode === 'both' ? 'NULL AS finding_key, NULL AS evidence, NULL AS amount, NULL AS computed, ' : '';
    return `${empty}${inScope} AS in_scope, ${unchecked} AS unchecked, ${findings} AS findings`;
  }

  /** in_scope: rows (groups for group clauses) looked at; unchecked: their verdict was empty; findings. */
  private summary(plan: RulePlan, spec: FindingSpec): string {
    const count = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
    const clause = this.bindings.bind(plan.clauseId, 'string');
    const layers = spec.layers ?? this.layers('f');
    const e = this.emitter(plan, layers, { day: spec.day, refs: spec.refs, fixedRefs: spec.fixedRefs });
    const verdict = e.emit(spec.where ?? plan.violation);
    // A group outside `checked_when` is neither looked at nor a finding.
    const checkedWhen = plan.group?.checkedWhen;
    const checked = checkedWhen ? `COALESCE((${e.emit(checkedWhen)}), TRUE)` : undefined;
    const among = (condition: string) => (checked ? `${checked} AND ${condition}` : condition);
    return `SELECT ${clause} AS clause_id, ${this.summaryColumns(checked ? `COALESCE(${count(checked)}, 0)` : 'COUNT(*)', count(among(`(${verdict}) IS NULL`)), count(among(this.dialect.isTrue(verdict))))} FROM ${layers.wrap(spec.base)} __f`;
  }

  findingRows(plan: RulePlan, spec: FindingSpec): string {
    const d = this.dialect;
    const layers = spec.layers ?? this.layers('f');
    const e = this.emitter(plan, layers, { day: spec.day, refs: spec.refs, fixedRefs: spec.fixedRefs });
    // Decimal values are shown at the full 12 places whatever scale their SQL has.
    const shown = (node: Node) => (node.type === 'decimal' ? d.cast(e.emit(node), 'decimal') : e.emit(node));
    const values: [string, string][] = spec.values.map(([name, v]) => [
      name,
      typeof v === 'string' ? v : shown(v),
    ]);
    for (const [name, p] of plan.params)
      if (!p.type.startsWith('list<'))
        values.push([`param.${name}`, shown({ kind: 'param', name, type: p.type })]);
    const amount = plan.amount ? d.cast(e.emit(plan.amount), 'decimal') : d.cast('NULL', 'decimal');
    const where = spec.where ? ` WHERE ${d.isTrue(e.emit(spec.where))}` : '';
    const clause = this.bindings.bind(plan.clauseId, 'string');
    const noCounts = this.mode === 'both' ? ', NULL AS in_scope, NULL AS unchecked, NULL AS findings' : '';
    return `SELECT ${clause} AS clause_id, ${spec.key} AS finding_key, ${spec.evidence} AS evidence, ${amount} AS amount, ${d.jsonObject(values)} AS computed${noCounts} FROM ${layers.wrap(spec.base)} __f${where}`;
  }
}

/**
 * A one-pass aggregate's columns over rows with the verdict `__v`, counting every row or only those where
 * `rows` holds: how many, how many with an empty verdict, how many findings, and the findings' rows (`__f`)
 * as structs.
 */
export function onePassColumns(rows?: string): string {
  const where = rows ? `${rows} AND ` : '';
  const count = (condition: string) => `SUM(CASE WHEN ${where}${condition} THEN 1 ELSE 0 END)`;
  return `${rows ? count('TRUE') : 'COUNT(*)'} AS __n, ${count('__v IS NULL')} AS __u, ${count('__v IS TRUE')} AS __k, list(__f) FILTER (WHERE ${where}__v) AS __hits`;
}
