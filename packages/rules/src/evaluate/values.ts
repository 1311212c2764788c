import { canonicalDatasets, type DatasetKind } from '@gigpact/contracts';
import { formatDecimal, fromInteger, parseDecimal, type Scaled } from '../decimal';
import type { ValueType } from '../ir/types';
import { formatDate, formatTimestamp, parseDate, parseTimestamp } from '../time';
import { valueTypeOfColumn } from '../spec/datasets';

/**
 * A value in the TypeScript evaluator. Its meaning follows the node's static type: `int` is a BigInt, `decimal`
 * a BigInt scaled by 10^12, `timestamp` and `date` wall-clock microseconds, and null is SQL's NULL.
 */
export type Value = null | boolean | bigint | string;

/** A row as it comes from a file or a form: text or JSON scalars, empty meaning absent. */
export type RawRow = Readonly<Record<string, string | number | boolean | null | undefined>>;
export type TypedRow = ReadonlyMap<string, Value>;

export function toDecimal(value: Value, type: ValueType): Scaled | null {
  if (value === null) return null;
  return type === 'int' ? fromInteger(value as bigint) : (value as bigint);
}

/** Converts a raw value to the language's representation of `type`; throws with a plain message when it cannot. */
export function parseValue(raw: RawRow[string], type: ValueType): Value {
  if (raw === undefined || raw === null || raw === '') return null;
  const text = String(raw).trim();
  switch (type) {
    case 'int':
      if (!/^-?\d+$/.test(text)) throw new Error(`not an integer: ${text}`);
      return BigInt(text);
    case 'decimal':
      return parseDecimal(text);
    case 'bool':
      if (['true', '1'].includes(text.toLowerCase())) return true;
      if (['false', '0'].includes(text.toLowerCase())) return false;
      throw new Error(`not a boolean: ${text}`);
    case 'timestamp':
      return parseTimestamp(text);
    case 'date':
      return parseDate(text);
    default:
      return text;
  }
}

/** Reads the canonical columns of a row; errors name the row and the field. */
export function parseRow(dataset: DatasetKind, raw: RawRow, rowNumber: number): TypedRow {
  const row = new Map<string, Value>();
  for (const column of canonicalDatasets[dataset].columns) {
    try {
      row.set(column.name, parseValue(raw[column.name], valueTypeOfColumn(column.type)));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(
        `第 ${rowNumber} 行，字段 ${column.name}：${message} / row ${rowNumber}, field ${column.name}: ${message}`,
      );
    }
  }
  return row;
}

/** The text SQL gives for a value (decimals canonical), so findings from every engine compare equal. */
export function formatValue(value: Value, type: ValueType): string | null {
  if (value === null) return null;
  switch (type) {
    case 'decimal':
      return formatDecimal(value as bigint);
    case 'timestamp':
      return formatTimestamp(value as bigint);
    case 'date':
      return formatDate(value as bigint);
    default:
      return String(value);
  }
}
