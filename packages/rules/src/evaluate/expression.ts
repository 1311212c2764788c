import { divide, multiply } from '../decimal';
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
import type { ResolvedParam } from '../compile/params';
import { paramValueOn } from '../compile/params';
import { addDays, dayOf, formatDate, microsPerMinute, monthOf, parseDate, weekOf } from '../time';
import { parseValue, toDecimal, type TypedRow, type Value } from './values';

export interface EvalContext {
  readonly row?: TypedRow;
  /** Wall-clock micros of the day on which effective-dated parameters are resolved. */
  readonly day: bigint;
  readonly params: ReadonlyMap<string, ResolvedParam>;
  readonly asOf: string;
  readonly refs?: ReadonlyMap<string, Value>;
}

/** Evaluates one IR expression with SQL's meaning: null propagates, `&&` and `||` are three-valued. */
export class ExpressionEvaluator implements NodeVisitor<Value> {
  constructor(private readonly context: EvalContext) {}

  evaluate(node: Node): Value {
    return visit(node, this);
  }

  /** The value of `node` as the type its parent needs (ints promote to decimals). */
  private as(node: Node, type: ValueType): Value {
    const v = this.evaluate(node);
    return type === 'decimal' && node.type === 'int' ? toDecimal(v, 'int') : v;
  }

  literal(node: LiteralNode): Value {
    return node.value === null
      ? null
      : parseValue(typeof node.value === 'bigint' ? node.value.toString() : node.value, node.type);
  }

  column(node: ColumnNode): Value {
    if (!this.context.row) throw new Error(`column ${node.name} read outside a row`);
    return this.context.row.get(node.name) ?? null;
  }

  param(node: ParamNode): Value {
    if (node.name === 'as_of') return parseDate(this.context.asOf);
    const param = this.context.params.get(node.name);
    if (!param) throw new Error(`parameter ${node.name} was not resolved`);
    const value = paramValueOn(param, formatDate(this.context.day));
    if (value === undefined || Array.isArray(value)) return null;
    return parseValue(String(value), node.type);
  }

  ref(node: RefNode): Value {
    const refs = this.context.refs;
    if (!refs?.has(node.name)) throw new Error(`no value for ${node.name} here`);
    return refs.get(node.name) ?? null;
  }

  unary(node: UnaryNode): Value {
    const v = this.evaluate(node.operand);
    if (v === null) return null;
    return node.op === 'not' ? !v : -(v as bigint);
  }

  binary(node: BinaryNode): Value {
    if (node.op === '&&' || node.op === '||') return this.logical(node);
    const numeric = node.type === 'decimal' || node.left.type === 'decimal' || node.right.type === 'decimal';
    const type: ValueType = numeric ? 'decimal' : node.left.type;
    const a = this.as(node.left, type);
    const b = this.as(node.right, type);
    if (a === null || b === null) return null;
    switch (node.op) {
      case '+':
        return (a as bigint) + (b as bigint);
      case '-':
        return (a as bigint) - (b as bigint);
      case '*':
        return node.type === 'decimal' ? multiply(a as bigint, b as bigint) : (a as bigint) * (b as bigint);
      case '/':
        return divide(a as bigint, b as bigint);
      case '==':
        return a === b;
      case '!=':
        return a !== b;
      case '<':
        return a < b;
      case '<=':
        return a <= b;
      case '>':
        return a > b;
      case '>=':
        return a >= b;
    }
  }

  private logical(node: BinaryNode): Value {
    const a = this.evaluate(node.left);
    const b = this.evaluate(node.right);
    if (node.op === '&&') return a === false || b === false ? false : a === null || b === null ? null : true;
    return a === true || b === true ? true : a === null || b === null ? null : false;
  }

  conditional(node: ConditionalNode): Value {
    return this.evaluate(node.test) === true
      ? this.as(node.then, node.type)
      : this.as(node.otherwise, node.type);
  }

  inList(node: InListNode): Value {
    const numeric =
      node.value.type === 'decimal' ||
      node.items.some((i) => i.type === 'decimal' || i.type === 'list<decimal>');
    const items = node.items.flatMap((item) => this.listItems(item, numeric ? 'decimal' : node.value.type));
    // Nothing is in an empty list, an empty value included (as the SQL reads it).
    if (items.length === 0) return false;
    const value = this.as(node.value, numeric ? 'decimal' : node.value.type);
    if (value === null) return null;
    if (items.includes(value)) return true;
    return items.includes(null) ? null : false;
  }

  private listItems(item: Node, type: ValueType): Value[] {
    if (item.kind === 'param' && item.type.startsWith('list<')) {
      const param = this.context.params.get(item.name);
      const values = param?.kind === 'plain' && Array.isArray(param.value) ? param.value : [];
      return values.map((v) => parseValue(String(v), type));
    }
    return [this.as(item, type)];
  }

  call(node: CallNode): Value {
    const args = node.args.map((a) => this.as(a, node.type === 'decimal' ? 'decimal' : a.type));
    const [a = null, b = null] = args;
    switch (node.fn) {
      case 'has':
        return a !== null;
      case 'coalesce':
        return args.find((v) => v !== null) ?? null;
      case 'abs':
        return a === null ? null : (a as bigint) < 0n ? -(a as bigint) : a;
      case 'min_of':
        return a === null ? b : b === null ? a : a <= b ? a : b;
      case 'max_of':
        return a === null ? b : b === null ? a : a >= b ? a : b;
      case 'minutes_between':
        return a === null || b === null
          ? null
          : divide(toDecimal((b as bigint) - (a as bigint), 'int')!, toDecimal(microsPerMinute, 'int')!);
      case 'day':
        return a === null ? null : dayOf(a as bigint);
      case 'week':
        return a === null ? null : weekOf(a as bigint);
      case 'month':
        return a === null ? null : monthOf(a as bigint);
      case 'add_days':
        return a === null || b === null ? null : addDays(a as bigint, b as bigint);
      case 'add_minutes':
        return a === null || b === null ? null : (a as bigint) + (b as bigint) * microsPerMinute;
      default: {
        const unhandled: never = node.fn;
        throw new Error(`unknown function ${String(unhandled)}`);
      }
    }
  }

  aggregate(node: AggregateNode): Value {
    throw new Error(`${node.fn}() is evaluated over a group, not a row`);
  }
}
