import { canonicalDatasets, type DatasetKind } from '@gigpact/contracts';
import type { Node } from '../ir/node';
import { literal } from '../ir/nodes/literal';
import { column } from '../ir/nodes/column';
import { call } from '../ir/nodes/call';
import type { ValueType } from '../ir/types';
import { valueTypeOfColumn } from '../spec/datasets';
import type { RuleSpec } from '../spec/rule-spec';

/** What an optional column counts as: a value for an absent column or an empty one, or (`absent`) only for an absent column. */
type OptionalColumn = RuleSpec['optional'][string];

/**
 * What names an expression may use: the dataset's columns (an absent optional column reads as its stated
 * default), the rule's parameters, earlier `let` values, and the values the rule's shape provides.
 */
export class Scope {
  readonly missingColumns = new Set<string>();
  readonly columnsRead = new Set<string>();
  readonly lets = new Map<string, Node>();
  readonly refs = new Map<string, ValueType>();
  /**
   * Parameters compared with a column of fixed values (`delay_reason in exempt_reasons`): each parameter's name →
   * the column's, so that every value a clause gives it can be checked against the column's values.
   */
  readonly enumParams = new Map<string, string>();
  aggregatesAllowed = false;
  rowValuesAllowed = true;

  constructor(
    readonly dataset: DatasetKind,
    readonly params: ReadonlyMap<string, ValueType>,
    readonly optional: Readonly<Record<string, OptionalColumn>>,
    readonly availableColumns: ReadonlySet<string> | undefined,
  ) {}

  columnNames(): string[] {
    return canonicalDatasets[this.dataset].columns.map((c) => c.name);
  }

  enumValues(name: string): readonly string[] | undefined {
    return canonicalDatasets[this.dataset].columns.find((c) => c.name === name)?.values;
  }

  /** The column of fixed values a node reads: the column itself, or an optional one read with its default. */
  enumColumnOf(node: Node): string | undefined {
    const read = node.kind === 'call' && node.fn === 'coalesce' ? node.args[0] : node;
    return read?.kind === 'column' && this.enumValues(read.name) ? read.name : undefined;
  }

  /** The node a column name reads as, or undefined when the dataset kind has no such column. */
  column(name: string): Node | undefined {
    const spec = canonicalDatasets[this.dataset].columns.find((c) => c.name === name);
    if (!spec) return undefined;
    const type = valueTypeOfColumn(spec.type);
    const isOptional = Object.hasOwn(this.optional, name);
    const stated = isOptional ? this.optional[name] : undefined;
    const onlyWhenAbsent = typeof stated === 'object' && stated !== null;
    const fallback = onlyWhenAbsent ? stated.absent : stated;
    const fallbackNode =
      fallback === undefined || fallback === null ? literal('null', null) : literalOf(type, fallback);
    if (this.availableColumns && !this.availableColumns.has(name)) {
      if (isOptional) return fallbackNode.type === 'null' ? literal(type, null) : fallbackNode;
      this.missingColumns.add(name);
    }
    this.columnsRead.add(name);
    const read = column(name, type);
    const fillsEmpty = isOptional && !onlyWhenAbsent && fallbackNode.type !== 'null';
    return fillsEmpty ? call('coalesce', [read, fallbackNode], type) : read;
  }
}

function literalOf(type: ValueType, value: string | number | boolean): Node {
  if (type === 'int') return literal('int', BigInt(value as number));
  if (type === 'decimal') return literal('decimal', String(value));
  if (type === 'bool') return literal('bool', Boolean(value));
  return literal(type, String(value));
}
