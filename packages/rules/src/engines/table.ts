import { canonicalDatasets, type DatasetKind } from '@gigpact/contracts';
import type { SqlDialect } from '../sql/dialect';
import { valueTypeOfColumn } from '../spec/datasets';

/** CREATE TABLE for a canonical dataset in a dialect: the column types the compiled rules expect. */
export function createTableSql(dialect: SqlDialect, dataset: DatasetKind, table: string = dataset): string {
  const columns = canonicalDatasets[dataset].columns.map((c) => {
    const type =
      c.type === 'money'
        ? 'DECIMAL(18,4)'
        : c.type === 'integer'
          ? 'INTEGER'
          : dialect.typeName(valueTypeOfColumn(c.type));
    return `${dialect.quote(c.name)} ${type}`;
  });
  return `CREATE TABLE ${dialect.quote(table)} (${columns.join(', ')})`;
}

/** A parameterised INSERT of rows (raw text values; empty means NULL), with the dialect's casts. */
export function insertRowsSql(
  dialect: SqlDialect,
  dataset: DatasetKind,
  rows: readonly Readonly<Record<string, unknown>>[],
  table: string = dataset,
): { sql: string; params: (string | null)[] } {
  const columns = canonicalDatasets[dataset].columns;
  const params: (string | null)[] = [];
  const tuples = rows.map((row) => {
    const cells = columns.map((c) => {
      const raw = row[c.name];
      params.push(raw === undefined || raw === null || raw === '' ? null : String(raw));
      // Text first, then the column type: drivers then never have to infer a parameter's type.
      return dialect.cast(
        dialect.cast(dialect.placeholder(params.length, 'string'), 'string'),
        valueTypeOfColumn(c.type),
      );
    });
    return `(${cells.join(', ')})`;
  });
  return { sql: `INSERT INTO ${dialect.quote(table)} VALUES ${tuples.join(', ')}`, params };
}
