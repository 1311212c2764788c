import { parse } from '@bufbuild/cel';
import { nearlySpelt } from '@gigpact/contracts';
import type { Expr } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';
import { RuleError } from '../errors';
import type { Node } from '../ir/node';
import { aggregate, aggregateFunctions, type AggregateFunction } from '../ir/nodes/aggregate';
import { binary, type BinaryOp } from '../ir/nodes/binary';
import { call, scalarFunctions, type ScalarFunction } from '../ir/nodes/call';
import { conditional } from '../ir/nodes/conditional';
import { inList } from '../ir/nodes/in-list';
import { literal } from '../ir/nodes/literal';
import { param } from '../ir/nodes/param';
import { ref } from '../ir/nodes/ref';
import { unary } from '../ir/nodes/unary';
import { elementOf, isList, isNumeric, type ValueType } from '../ir/types';
import { parseDate, parseTimestamp } from '../time';
import { aggregateSignatures, promote, scalarSignatures } from './functions';
import type { Scope } from './scope';

const binaryOps: Record<string, BinaryOp> = {
  '_+_': '+',
  '_-_': '-',
  '_*_': '*',
  '_/_': '/',
  '_==_': '==',
  '_!=_': '!=',
  '_<_': '<',
  '_<=_': '<=',
  '_>_': '>',
  '_>=_': '>=',
  '_&&_': '&&',
  '_||_': '||',
};

/**
 * Parses one expression of a rule and type-checks it into IR. Errors name the expression (`field`) and the
 * offset of the offending part; the caller adds the clause, rule and file.
 */
export function buildExpression(text: string, scope: Scope, field: string): Node {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(text);
  } catch (error) {
    const offset = (error as { location?: { start?: { offset?: number } } }).location?.start?.offset;
    const message = error instanceof Error ? error.message : String(error);
    throw new RuleError(`表达式语法错误：${message}`, `syntax error: ${message}`, {
      field,
      offset,
      expression: text,
    });
  }
  const positions = parsed.sourceInfo?.positions ?? {};
  const fail = (expr: Expr, zh: string, en: string): never => {
    throw new RuleError(zh, en, { field, offset: positions[String(expr.id)], expression: text });
  };
  const node = new Builder(scope, fail).build(parsed.expr);
  if (isList(node.type))
    return fail(parsed.expr, '列表只能用在 in 的右边', 'a list can only stand on the right of `in`');
  return node;
}

class Builder {
  /** List literals exist only as the right side of `in`; their items are kept here. */
  readonly listItems = new WeakMap<Node, Node[]>();

  constructor(
    private readonly scope: Scope,
    private readonly fail: (expr: Expr, zh: string, en: string) => never,
  ) {}

  build(expr: Expr): Node {
    const kind = expr.exprKind;
    switch (kind.case) {
      case 'constExpr':
        return this.constant(expr);
      case 'identExpr':
        return this.name(expr, kind.value.name);
      case 'selectExpr': {
        const operand = kind.value.operand;
        if (operand?.exprKind.case !== 'identExpr' || operand.exprKind.value.name !== 'row')
          return this.fail(expr, '只支持 row.列名', 'only `row.<column>` selections are supported');
        const node = this.name(expr, kind.value.field);
        return kind.value.testOnly ? call('has', [node], 'bool') : node;
      }
      case 'listExpr': {
        const items = kind.value.elements.map((e) => this.build(e));
        const element = items.reduce<ValueType>((t, n) => promote(t, n.type), 'null');
        if (items.some((n) => n.type !== element && !(isNumeric(n.type) && isNumeric(element))))
          return this.fail(expr, '列表元素类型不一致', 'list elements must share one type');
        const list = literal(`list<${element === 'null' ? 'string' : element}>` as ValueType, null);
        this.listItems.set(list, items);
        return list;
      }
      case 'callExpr':
        return this.call(expr, kind.value.function, kind.value.args, kind.value.target);
      default:
        return this.fail(expr, `不支持的表达式：${kind.case}`, `unsupported expression: ${kind.case}`);
    }
  }

  private constant(expr: Expr): Node {
    if (expr.exprKind.case !== 'constExpr') throw new Error('unreachable');
    const c = expr.exprKind.value.constantKind;
    switch (c.case) {
      case 'int64Value':
        return literal('int', c.value);
      case 'uint64Value':
        return literal('int', c.value);
      case 'doubleValue':
        return literal('decimal', String(c.value));
      case 'stringValue':
        return literal('string', c.value);
      case 'boolValue':
        return literal('bool', c.value);
      case 'nullValue':
        return literal('null', null);
      default:
        return this.fail(expr, `不支持的常量：${c.case}`, `unsupported constant: ${c.case}`);
    }
  }

  private name(expr: Expr, name: string): Node {
    const s = this.scope;
    const letNode = s.lets.get(name);
    if (letNode) return letNode;
    const refType = s.refs.get(name);
    if (refType) return ref(name, refType);
    const paramType = s.params.get(name);
    if (paramType) return param(name, paramType);
    if (!s.rowValuesAllowed && s.column(name))
      return this.fail(
        expr,
        `此处不能直接读取行的列 ${name}，请用聚合`,
        `column ${name} cannot be read here: aggregate it`,
      );
    const col = s.column(name);
    if (col) return col;
    const like = nearlySpelt([name], [...s.columnNames(), ...s.params.keys(), ...s.refs.keys()]).get(name);
    if (like)
      return this.fail(
        expr,
        `未知名称 ${name}，是否指 ${like}？`,
        `unknown name ${name} — did you mean ${like}?`,
      );
    const columns = s.columnNames();
    return this.fail(
      expr,
      `未知名称 ${name}（${s.dataset} 的列：${columns.join(', ')}）`,
      `unknown name ${name} (columns of ${s.dataset}: ${columns.join(', ')})`,
    );
  }

  private call(expr: Expr, fn: string, argExprs: Expr[], target: Expr | undefined): Node {
    if (target)
      return this.fail(expr, `不支持方法调用 .${fn}()`, `method calls like .${fn}() are not supported`);
    if (fn === 'date' || fn === 'timestamp') return this.timeLiteral(expr, fn, argExprs);
    const op = binaryOps[fn];
    const args = argExprs.map((a) => this.build(a));
    if (op) return this.binary(expr, op, args[0]!, args[1]!, argExprs);
    if (fn === '!_') return this.expect(expr, args[0]!, 'bool', '!') && unary('not', args[0]!, 'bool');
    if (fn === '-_') {
      if (!isNumeric(args[0]!.type)) this.fail(expr, '负号需要数值', 'negation needs a number');
      return unary('negate', args[0]!, args[0]!.type);
    }
    if (fn === '_?_:_') return this.conditional(expr, args[0]!, args[1]!, args[2]!);
    if (fn === '@in') return this.inList(expr, args[0]!, args[1]!);
    if ((scalarFunctions as readonly string[]).includes(fn)) {
      const result = scalarSignatures[fn as ScalarFunction](args.map((a) => a.type));
      if (Array.isArray(result)) return this.fail(expr, result[0], result[1]);
      return call(fn as ScalarFunction, args, result);
    }
    if ((aggregateFunctions as readonly string[]).includes(fn)) {
      if (!this.scope.aggregatesAllowed)
        return this.fail(
          expr,
          `${fn}() 只能用在分组规则的 measures 中`,
          `${fn}() belongs in a group rule's measures`,
        );
      const result = aggregateSignatures[fn as AggregateFunction](args.map((a) => a.type));
      if (Array.isArray(result)) return this.fail(expr, result[0], result[1]);
      return aggregate(fn as AggregateFunction, args, result);
    }
    return this.unknownFunction(expr, fn);
  }

  /** An unknown function, with those the language has where it was written (aggregates only in measures). */
  private unknownFunction(expr: Expr, fn: string): Node {
    const scalars = [...scalarFunctions, 'date', 'timestamp'].sort().join(', ');
    const aggregates = [...aggregateFunctions].sort().join(', ');
    const [zh, en] = this.scope.aggregatesAllowed
      ? [`函数：${scalars}；聚合：${aggregates}`, `functions: ${scalars}; aggregates: ${aggregates}`]
      : [
          `函数：${scalars}；聚合（${aggregates}）只能用在分组规则的 measures 中`,
          `functions: ${scalars}; aggregates (${aggregates}) belong in a group rule's measures`,
        ];
    return this.fail(expr, `未知函数 ${fn}（${zh}）`, `unknown function ${fn} (${en})`);
  }

  private timeLiteral(expr: Expr, fn: 'date' | 'timestamp', argExprs: Expr[]): Node {
    const arg = argExprs[0];
    if (
      argExprs.length !== 1 ||
      arg?.exprKind.case !== 'constExpr' ||
      arg.exprKind.value.constantKind.case !== 'stringValue'
    )
      return this.fail(expr, `${fn}() 需要一个字符串常量`, `${fn}() takes one string literal`);
    const text = arg.exprKind.value.constantKind.value;
    try {
      if (fn === 'date') parseDate(text);
      else parseTimestamp(text);
    } catch {
      return this.fail(arg, `无效的${fn === 'date' ? '日期' : '时间'}：${text}`, `invalid ${fn}: ${text}`);
    }
    return literal(fn, text);
  }

  private expect(expr: Expr, node: Node, type: ValueType, what: string): true {
    if (node.type !== type && node.type !== 'null')
      this.fail(expr, `${what} 需要 ${type}，实际为 ${node.type}`, `${what} needs ${type}, got ${node.type}`);
    return true;
  }

  private binary(expr: Expr, op: BinaryOp, left: Node, right: Node, argExprs: Expr[]): Node {
    if (op === '&&' || op === '||') {
      this.expect(expr, left, 'bool', op);
      this.expect(expr, right, 'bool', op);
      return binary(op, left, right, 'bool');
    }
    if (op === '+' || op === '-' || op === '*' || op === '/') {
      if (!isNumeric(left.type) || !isNumeric(right.type))
        return this.fail(
          expr,
          `${op} 需要两个数值（${left.type}, ${right.type}）；时间请用 minutes_between / add_days`,
          `${op} needs two numbers (${left.type}, ${right.type}); for time use minutes_between / add_days`,
        );
      return binary(op, left, right, op === '/' ? 'decimal' : promote(left.type, right.type));
    }
    if (left.type === 'null' || right.type === 'null')
      return this.fail(expr, '不能与 null 比较，请用 has()', 'do not compare with null: use has()');
    const comparable = left.type === right.type || (isNumeric(left.type) && isNumeric(right.type));
    if (!comparable)
      return this.fail(
        expr,
        `无法比较 ${left.type} 与 ${right.type}`,
        `cannot compare ${left.type} with ${right.type}`,
      );
    if (op !== '==' && op !== '!=' && left.type === 'bool')
      return this.fail(expr, '布尔值只能用 == 或 !=', 'booleans compare only with == or !=');
    this.checkEnumLiteral(left, right, argExprs[1]!);
    this.checkEnumLiteral(right, left, argExprs[0]!);
    this.noteEnumParam(left, right);
    this.noteEnumParam(right, left);
    return binary(op, left, right, 'bool');
  }

  private checkEnumLiteral(columnSide: Node, literalSide: Node, literalExpr: Expr): void {
    const name = columnSide.kind === 'column' ? columnSide.name : undefined;
    const values = name ? this.scope.enumValues(name) : undefined;
    if (!values || literalSide.kind !== 'literal' || typeof literalSide.value !== 'string') return;
    if (!values.includes(literalSide.value))
      this.fail(
        literalExpr,
        `"${literalSide.value}" 不是 ${name} 的取值（${values.join(', ')}）`,
        `"${literalSide.value}" is not a value of ${name} (${values.join(', ')})`,
      );
  }

  /** Notes a parameter compared with a column of fixed values, whose values the plan then checks. */
  private noteEnumParam(columnSide: Node, paramSide: Node): void {
    const column = this.scope.enumColumnOf(columnSide);
    if (column && paramSide.kind === 'param') this.scope.enumParams.set(paramSide.name, column);
  }

  private conditional(expr: Expr, test: Node, then: Node, otherwise: Node): Node {
    this.expect(expr, test, 'bool', '?:');
    const compatible =
      then.type === otherwise.type ||
      then.type === 'null' ||
      otherwise.type === 'null' ||
      (isNumeric(then.type) && isNumeric(otherwise.type));
    if (!compatible)
      return this.fail(
        expr,
        `条件两支类型不同（${then.type}, ${otherwise.type}）`,
        `branches differ in type (${then.type}, ${otherwise.type})`,
      );
    return conditional(test, then, otherwise, promote(then.type, otherwise.type));
  }

  private inList(expr: Expr, value: Node, list: Node): Node {
    const items = this.listItems.get(list);
    if (!isList(list.type))
      return this.fail(expr, 'in 的右边必须是列表', 'the right side of `in` must be a list');
    const element = elementOf(list.type);
    if (value.type !== element && !(isNumeric(value.type) && isNumeric(element)))
      return this.fail(
        expr,
        `in：${value.type} 不能在 ${list.type} 中查找`,
        `in: cannot look for ${value.type} in ${list.type}`,
      );
    if (items) for (const item of items) this.checkEnumLiteral(value, item, expr);
    this.noteEnumParam(value, list);
    return inList(value, items ?? [list]);
  }
}
