import { canonicalDatasets, type ColumnType, type DatasetKind } from '@gigpact/contracts';
import type { ValueType } from '../ir/types';

/** How the rule language sees a canonical column type. */
export function valueTypeOfColumn(type: ColumnType): ValueType {
  switch (type) {
    case 'money':
    case 'decimal':
      return 'decimal';
    case 'integer':
      return 'int';
    case 'bool':
      return 'bool';
    case 'timestamp':
      return 'timestamp';
    case 'date':
      return 'date';
    case 'string':
    case 'enum':
      return 'string';
  }
}

/** Decimal places of a column as canonical data stores it (money: 4), or undefined when not fixed. */
export function storedPlacesOf(kind: DatasetKind, column: string): number | undefined {
  return canonicalDatasets[kind].columns.find((c) => c.name === column)?.type === 'money' ? 4 : undefined;
}

/** The column that places a row in a day (payroll rows have no timestamp: their due date does). */
export function dayColumnOf(kind: DatasetKind): string {
  return canonicalDatasets[kind].timeColumn ?? (kind === 'courier_payroll' ? 'due_date' : 'worker_id');
}

/** The columns whose values together name one row in findings. */
export function rowKeyColumnsOf(kind: DatasetKind): string[] {
  const key = canonicalDatasets[kind].columns.find((c) => c.key);
  if (key) return [key.name];
  if (kind === 'courier_payroll') return ['franchisee_id', 'courier_id', 'period'];
  return [canonicalDatasets[kind].columns[0]!.name];
}

/** Group keys with a meaning beyond a plain column. */
export const timeGroupKeys = ['day', 'week', 'month'] as const;
export type TimeGroupKey = (typeof timeGroupKeys)[number];
