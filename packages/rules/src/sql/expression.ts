import type { Node } from '../ir/node';
import type { AggregateNode } from '../ir/nodes/aggregate';
import type { BinaryNode } from '../ir/nodes/binary';
import type { CallNode } from '../ir/nodes/call';
import type { ColumnNode } from '../ir/nodes/column';
import type { ConditionalNode } from '../ir/nodes/conditional';
import type { InListNode } from '../ir/nodes/in-list';
import type { LiteralNode } from '../ir/nodes/literal';
import type { ParamNode } from '../ir/nodes/param';
import type { RefNode } from '../ir/nodes/ref';
import type { UnaryNode } from '../ir/nodes/unary';
import type { ValueType } from '../ir/types';
import { visit, type NodeVisitor } from '../ir/visitor';
import { paramValuesOf, type ResolvedParam } from '../compile/params';
import type { Bindings } from './bindings';
import { fixedPoint, scaledConstant, type Fixed, type FixedPointContext } from './fixed-point';
import { quotientCompared } from './quotient-comparison';
import { comparedAtStoredScale, type StoredScaleContext } from './stored-scale';
import type { SqlDialect } from './dialect';

/** Where an expression is emitted: which SQL names the day, the shape's values and the parameters. */
export interface EmitContext {
  /** SQL for the day (DATE) on which effective-dated parameters are resolved. */
  readonly day: string;
  readonly refs: ReadonlyMap<string, string>;
  readonly params: ReadonlyMap<string, ResolvedParam>;
  readonly asOf: string;
  /** Where divisions go (see Layers); inline `dialect.divide` when absent. */
  readonly divide?: (dividend: string, divisor: string) => string;
  /** Where divisions for some rows only go (`Layers.divide` with its `where`). */
  readonly divideWhere?: (dividend: string, divisor: string, where: string) => string;
  /** Where a value read several times is computed once (`Layers.column`); inline when absent. */
  readonly column?: (sql: string) => string;
  /** How aggregates are emitted (group rules only). */
  readonly aggregate?: (node: AggregateNode, emit: (n: Node) => string) => string;
  /** The fixed-point forms of named values that have one (see `fixedPoint`). */
  readonly fixedRefs?: ReadonlyMap<string, Fixed>;
  /** Decimal places of a column as canonical data stores it (money: 4), where fixed. */
  readonly storedPlaces?: (column: string) => number | undefined;
}

const microsPerMinute = '60000000';
const comparisons = new Set(['<', '<=', '>', '>=', '==', '!=']);
const sqlComparison = (op: string) => (op === '==' ? '=' : op === '!=' ? '<>' : op);
/** The comparison with its sides swapped: `k < x` is `x > k`. */
const flipped: Record<string, string> = {
  '<': '>',
  '<=': '>=',
  '>': '<',
  '>=': '<=',
  '==': '==',
  '!=': '!=',
};

/** Emits one IR expression as SQL of one dialect. */
export class ExpressionEmitter implements NodeVisitor<string> {
  constructor(
    private readonly dialect: SqlDialect,
    private readonly bindings: Bindings,
    private readonly context: EmitContext,
    /** Whether a quotient's comparison may be decided in floating point (`quotientCompared`). */
    private readonly decidesQuotientsInDouble = true,
  ) {}

  emit(node: Node): string {
    return visit(node, this);
  }

  private divide(dividend: string, divisor: string): string {
    return this.context.divide
      ? this.context.divide(dividend, divisor)
      : this.dialect.divide(dividend, divisor);
  }

  /** Minutes in a number of microseconds, exactly. */
  minutes(micros: string): string {
    return this.dialect.minutesFromMicros(micros) ?? this.divide(micros, microsPerMinute);
  }

  literal(node: LiteralNode): string {
    if (node.value === null) return this.dialect.cast('NULL', node.type === 'null' ? 'string' : node.type);
    if (typeof node.value === 'boolean') return node.value ? 'TRUE' : 'FALSE';
    return this.bindings.bind(node.value, node.type);
  }

  column(node: ColumnNode): string {
    const name = this.dialect.quote(node.name);
    return node.type === 'decimal' || node.type === 'int' ? this.dialect.cast(name, node.type) : name;
  }

  param(node: ParamNode): string {
    if (node.name === 'as_of') return this.bindings.bind(this.context.asOf, 'date');
    const param = this.context.params.get(node.name);
    if (!param) throw new Error(`parameter ${node.name} was not resolved`);
    if (param.kind === 'plain') return this.bindValue(param.value, node.type);
    return this.onTheDay(
      param.values,
      (entry) => this.bindValue(entry.value, node.type),
      param.initial === undefined ? undefined : () => this.bindValue(param.initial, node.type),
    );
  }

  /**
   * The value in force on the row's day, from values by effective date: `(CASE WHEN day >= from THEN … END)`,
   * null before the first date, or the initial value (`ELSE …`) where there is one (a dated default).
   */
  private onTheDay<T extends { from: string }>(
    values: readonly T[],
    valueSql: (entry: T) => string,
    initialSql?: () => string,
  ): string {
    const branches = [...values]
      .reverse()
      .map(
        (entry) =>
          `WHEN ${this.context.day} >= ${this.bindings.bind(entry.from, 'date')} THEN ${valueSql(entry)}`,
      );
    if (initialSql) branches.push(`ELSE ${initialSql()}`);
    return `(CASE ${branches.join(' ')} END)`;
  }

  private bindValue(value: unknown, type: ValueType): string {
    if (Array.isArray(value)) throw new Error('list parameters are expanded by `in`');
    return this.bindings.bind(value as string | number | boolean, type);
  }

  ref(node: RefNode): string {
    const sql = this.context.refs.get(node.name);
    if (sql === undefined) throw new Error(`no value for ${node.name} here`);
    return sql;
  }

  unary(node: UnaryNode): string {
    return node.op === 'not' ? `(NOT ${this.emit(node.operand)})` : `(- ${this.emit(node.operand)})`;
  }

  binary(node: BinaryNode): string {
    const minutesCompared = this.minutesComparedWithConstant(node);
    if (minutesCompared) return minutesCompared;
    const withoutDividing =
      this.decidesQuotientsInDouble && this.dialect.comparesInFixedPoint
        ? quotientCompared(node, {
            emit: (n) => this.emit(n),
            column: (sql) => this.context.column?.(sql) ?? `(${sql})`,
            inDecimalsWhere: (n, where) => this.inDecimalsWhere(n, where),
          })
        : undefined;
    if (withoutDividing) return withoutDividing;
    const inDecimals = () => {
      const [left, right] = [this.operand(node.left, node), this.operand(node.right, node)];
      return `(${left} ${sqlComparison(node.op)} ${right})`;
    };
    const compared = comparisons.has(node.op)
      ? (this.inStoredType(node, inDecimals) ??
        comparedAtStoredScale(
          node.left,
          sqlComparison(node.op),
          node.right,
          this.storedScale(),
          inDecimals,
        ) ??
        this.inFixedPoint(node, inDecimals))
      : undefined;
    if (compared) return compared;
    const reciprocal = node.op === '/' ? exactReciprocal(node) : undefined;
    if (reciprocal)
      return this.dialect.cast(
        `${this.emit(node.left)} * ${this.bindings.bind(reciprocal, 'decimal')}`,
        'decimal',
      );
    const left = this.operand(node.left, node);
    const right = this.operand(node.right, node);
    switch (node.op) {
      case '&&':
        return `(${left} AND ${right})`;
      case '||':
        return `(${left} OR ${right})`;
      case '/': {
        if (!wholeNumberIn(node.right, this.context.params)) return this.divide(left, right);
        const quotient = this.dialect.divideByWholeNumber(left, right) || this.divide(left, right);
        return this.inFixedPoint(node, () => quotient) ?? quotient;
      }
      case '*':
        return node.type === 'decimal'
          ? this.dialect.cast(`${left} * ${right}`, 'decimal')
          : `(${left} * ${right})`;
      case '==':
        return `(${left} = ${right})`;
      case '!=':
        return `(${left} <> ${right})`;
      default:
        return `(${left} ${node.op} ${right})`;
    }
  }

  /**
   * `minutes_between(a, b) > 20` and the like, where the dialect compares a number of minutes with a constant
   * without building the minutes' decimal (see `SqlDialect.compareMinutes`).
   */
  private minutesComparedWithConstant(node: BinaryNode): string | undefined {
    if (!comparisons.has(node.op)) return undefined;
    const minutesOf = (n: Node) => (n.kind === 'call' && n.fn === 'minutes_between' ? n : undefined);
    const call = minutesOf(node.left) ?? minutesOf(node.right);
    const constant = call === node.left ? node.right : node.left;
    if (!call || !this.isConstant(constant)) return undefined;
    const [a = '', b = ''] = call.args.map((arg) => this.emit(arg));
    const micros = `(${this.dialect.epochMicros(b)} - ${this.dialect.epochMicros(a)})`;
    return this.compareMinutes(micros, call === node.left ? node.op : flipped[node.op]!, constant);
  }

  /**
   * A comparison of decimals, or a quotient by a whole number, that the dialect makes in 64-bit integers (see
   * `fixedPoint`) for the rows within the integer form's bounds, and in decimals (`inDecimals`) for the others;
   * undefined when a part has no integer form, or none depends on the row (the engine computes constants once).
   */
  private inFixedPoint(node: BinaryNode, inDecimals: () => string): string | undefined {
    if (!this.dialect.comparesInFixedPoint) return undefined;
    const comparison = comparisons.has(node.op);
    const decimal = comparison
      ? node.left.type === 'decimal' || node.right.type === 'decimal'
      : node.type === 'decimal';
    if (!decimal) return undefined;
    const forms = this.fixedForms(comparison ? [node.left, node.right] : [node]);
    const guards = [...new Set(forms?.flatMap((f) => f.guards))];
    if (!forms || guards.length === 0) return undefined;
    const [a, b] = forms as [Fixed, Fixed];
    const value = comparison
      ? `(${a.sql} ${sqlComparison(node.op)} ${b.sql})`
      : this.dialect.fromPicoUnits(a.sql);
    return `(CASE WHEN ${guards.join(' AND ')} THEN ${value} ELSE ${inDecimals()} END)`;
  }

  /**
   * A money column (or it with a constant in place of an empty value) compared with a constant, in the type
   * canonical data stores it in (DuckDB: `DECIMAL(18,4)`, a 64-bit integer) instead of the rules' 38-digit
   * decimals, when every constant has no more places than that type and fits it. A row whose value that type
   * does not hold exactly (data of another type) compares in decimals.
   */
  private inStoredType(node: BinaryNode, inDecimals: () => string): string | undefined {
    const stored = (n: Node) => {
      const coalesced = n.kind === 'call' && n.fn === 'coalesce' && n.args.length === 2;
      const [column, fallback] = coalesced ? n.args : [n, undefined];
      const places = column?.kind === 'column' ? this.context.storedPlaces?.(column.name) : undefined;
      return column?.kind === 'column' && places !== undefined ? { column, fallback, places } : undefined;
    };
    const onLeft = stored(node.left);
    const side = onLeft ?? stored(node.right);
    const other = onLeft ? node.right : node.left;
    const type = side && this.dialect.storedDecimal(side.places);
    if (!side || !type) return undefined;
    // A constant of at most the stored places (a whole number of 10^-places) within its 18 digits.
    const unit = 10n ** BigInt(12 - side.places);
    const fits = (n: Node) => {
      const scaled = this.isConstant(n) ? scaledConstant(this.constantValue(n), 12) : undefined;
      const magnitude = scaled !== undefined && scaled < 0n ? -scaled : scaled;
      return magnitude !== undefined && magnitude % unit === 0n && magnitude < unit * 10n ** 18n;
    };
    if (!fits(other) || (side.fallback && !fits(side.fallback))) return undefined;
    const inType = (sql: string) => `CAST(${sql} AS ${type})`;
    const column = this.dialect.quote(side.column.name);
    const value = side.fallback
      ? `COALESCE(${inType(column)}, ${inType(this.emit(side.fallback))})`
      : inType(column);
    const held = `${column} = ${inType(column)}`;
    const guard = side.fallback ? `(${column} IS NULL OR ${held})` : held;
    const constant = inType(this.emit(other));
    const [left, right] = onLeft ? [value, constant] : [constant, value];
    return `(CASE WHEN ${guard} THEN (${left} ${sqlComparison(node.op)} ${right}) ELSE ${inDecimals()} END)`;
  }

  /** `node` in the rules' decimals, each division computed only for the rows where `where` holds. */
  private inDecimalsWhere(node: Node, where: string): string {
    const divideWhere = this.context.divideWhere;
    const divide = (dividend: string, divisor: string) =>
      divideWhere
        ? divideWhere(dividend, divisor, where)
        : `(CASE WHEN ${where} THEN ${this.dialect.divide(dividend, divisor)} END)`;
    return new ExpressionEmitter(this.dialect, this.bindings, { ...this.context, divide }, false).emit(node);
  }

  private storedScale(): StoredScaleContext {
    return {
      dialect: this.dialect,
      params: this.context.params,
      storedPlaces: this.context.storedPlaces,
      emit: (n) => this.emit(n),
    };
  }

  /** The fixed-point forms (scale 12) of all the nodes, or undefined when one has none; nothing is bound then. */
  private fixedForms(nodes: readonly Node[]): Fixed[] | undefined {
    const context: FixedPointContext = {
      dialect: this.dialect,
      params: this.context.params,
      emit: (n) => this.emit(n),
      bindInt: (value) => this.bindings.bind(value, 'int'),
      onTheDay: (values, valueSql, initialSql) => this.onTheDay(values, valueSql, initialSql),
      smallestWholeNumber: (n) => smallestWholeNumberIn(n, this.context.params),
      ref: (name) => this.context.fixedRefs?.get(name),
    };
    // Whether every node has the form depends on the nodes alone: asked first without binding anything.
    const dry: FixedPointContext = { ...context, emit: () => '', bindInt: () => '', onTheDay: () => '' };
    if (nodes.some((n) => !fixedPoint(n, 12, dry))) return undefined;
    return nodes.map((n) => fixedPoint(n, 12, context)!);
  }

  /**
   * `minutes(micros) op other` (`op` an IR comparison) where `other` is constant and the dialect compares
   * minutes with a constant without building their decimal; undefined otherwise.
   */
  compareMinutes(micros: string, op: string, other: Node): string | undefined {
    if (!this.isConstant(other)) return undefined;
    return this.dialect.compareMinutes(micros, sqlComparison(op), this.emit(other), other.type);
  }

  /** The value of a constant (`isConstant`). */
  private constantValue(node: Node): unknown {
    if (node.kind === 'literal') return node.value;
    const param = node.kind === 'param' ? this.context.params.get(node.name) : undefined;
    return param?.kind === 'plain' ? param.value : undefined;
  }

  /** A literal, or a parameter with one value whatever the day. */
  private isConstant(node: Node): boolean {
    if (node.type !== 'int' && node.type !== 'decimal') return false;
    if (node.kind === 'literal') return node.value !== null;
    return node.kind === 'param' && this.context.params.get(node.name)?.kind === 'plain';
  }

  /** Numbers meet as decimals when either side is one, so the engine never guesses a scale. */
  private operand(child: Node, parent: BinaryNode): string {
    const sql = this.emit(child);
    const other = child === parent.left ? parent.right : parent.left;
    const arithmetic = ['+', '-', '*'].includes(parent.op) && parent.type === 'decimal';
    const comparison =
      ['<', '<=', '>', '>=', '==', '!='].includes(parent.op) &&
      (other.type === 'decimal' || child.type === 'decimal');
    return child.type === 'int' && (arithmetic || comparison) ? this.dialect.intAsDecimal(sql) : sql;
  }

  conditional(node: ConditionalNode): string {
    const branch = (n: Node) =>
      n.type === 'int' && node.type === 'decimal' ? this.dialect.intAsDecimal(this.emit(n)) : this.emit(n);
    return `(CASE WHEN ${this.dialect.isTrue(this.emit(node.test))} THEN ${branch(node.then)} ELSE ${branch(node.otherwise)} END)`;
  }

  inList(node: InListNode): string {
    const value = this.emit(node.value);
    const items = node.items.flatMap((item) => this.listItems(item, node.value.type));
    // Nothing is in an empty list (an empty list parameter, or no franchisee to cover): SQL has no `IN ()`.
    if (items.length === 0) return 'FALSE';
    return `(${value} IN (${items.join(', ')}))`;
  }

  private listItems(item: Node, type: ValueType): string[] {
    if (item.kind === 'param' && item.type.startsWith('list<')) {
      const param = this.context.params.get(item.name);
      if (param?.kind !== 'plain' || !Array.isArray(param.value))
        throw new Error(`list parameter ${item.name}`);
      return param.value.map((v) => this.bindings.bind(v, type));
    }
    return [this.emit(item)];
  }

  call(node: CallNode): string {
    const args = node.args.map((a) =>
      a.type === 'int' && node.type === 'decimal' ? this.dialect.intAsDecimal(this.emit(a)) : this.emit(a),
    );
    const [a = '', b = ''] = args;
    const d = this.dialect;
    switch (node.fn) {
      case 'has': {
        // Minutes between two times are known exactly when both times are.
        const [arg] = node.args;
        if (arg?.kind === 'call' && arg.fn === 'minutes_between')
          return `(${arg.args.map((t) => `${this.emit(t)} IS NOT NULL`).join(' AND ')})`;
        return `(${a} IS NOT NULL)`;
      }
      case 'coalesce':
        return `COALESCE(${args.join(', ')})`;
      case 'abs':
        return `abs(${a})`;
      case 'min_of':
        return `(CASE WHEN ${a} IS NULL THEN ${b} WHEN ${b} IS NULL THEN ${a} WHEN ${a} <= ${b} THEN ${a} ELSE ${b} END)`;
      case 'max_of':
        return `(CASE WHEN ${a} IS NULL THEN ${b} WHEN ${b} IS NULL THEN ${a} WHEN ${a} >= ${b} THEN ${a} ELSE ${b} END)`;
      case 'minutes_between':
        return this.minutes(`(${d.epochMicros(b)} - ${d.epochMicros(a)})`);
      case 'day':
      case 'week':
      case 'month':
        return d.truncate(node.fn, a);
      case 'add_days':
        return d.addDays(a, b, node.type);
      case 'add_minutes':
        return d.addMinutes(a, b);
      default: {
        const unhandled: never = node.fn;
        throw new Error(`unknown function ${String(unhandled)}`);
      }
    }
  }

  aggregate(node: AggregateNode): string {
    if (!this.context.aggregate) throw new Error('aggregates belong in group measures');
    return this.context.aggregate(node, (n) => this.emit(n));
  }
}

/**
 * 1/c as exact decimal text when an integer is divided by an integer literal c that divides 10^12 (e.g.
 * `distance_m / 1000`): the quotient then has at most 12 places, so a multiplication gives it exactly.
 */
function exactReciprocal(node: BinaryNode): string | undefined {
  const divisor = node.right;
  if (
    node.left.type !== 'int' ||
    divisor.kind !== 'literal' ||
    typeof divisor.value !== 'bigint' ||
    divisor.value <= 0n
  )
    return undefined;
  const unit = 10n ** 12n;
  if (unit % divisor.value !== 0n) return undefined;
  return `0.${(unit / divisor.value).toString().padStart(12, '0')}`;
}

/** Whether a divisor is a literal or a parameter whose every value is a whole number from 1 to 1,000,000. */
function wholeNumberIn(node: Node, params: ReadonlyMap<string, ResolvedParam>): boolean {
  return smallestWholeNumberIn(node, params) !== undefined;
}

/** The smallest value of such a divisor; undefined when it is not one. */
function smallestWholeNumberIn(node: Node, params: ReadonlyMap<string, ResolvedParam>): bigint | undefined {
  const whole = (value: unknown) =>
    (typeof value === 'bigint' || typeof value === 'number' || typeof value === 'string') &&
    /^\d+(\.0*)?$/.test(String(value)) &&
    Number(value) >= 1 &&
    Number(value) <= 1_000_000
      ? BigInt(Math.trunc(Number(value)))
      : undefined;
  const smallest = (values: readonly unknown[]) => {
    const wholes = values.map(whole);
    if (wholes.some((v) => v === undefined)) return undefined;
    return (wholes as bigint[]).reduce((m, v) => (v < m ? v : m));
  };
  if (node.kind === 'literal') return whole(node.value);
  if (node.kind !== 'param') return undefined;
  const param = params.get(node.name);
  if (!param) return undefined;
  return smallest(paramValuesOf(param));
}
