import { join } from 'node:path';
import { DuckSession, sqlIdent, sqlString } from '../duck/session';
import { datasetDir, datasetFiles } from './layout';

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return before one) as a formula.
 * Datasets keep such text exactly as received; every export passes it through here, which prefixes a single
 * quote so the cell shows as text. Numbers are not text cells and are left alone.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The same neutralisation as a DuckDB expression, for exports written by SQL. */
export function neutraliseSql(textExpr: string): string {
  return `CASE WHEN regexp_matches(${textExpr}, '^[=+\\-@\\t\\r]') THEN '''' || ${textExpr} ELSE ${textExpr} END`;
}

/**
 * Writes a stored dataset (or its rejected rows, with their reasons in Chinese and English) as UTF-8 CSV with every
 * text cell neutralised.
 */
export async function exportDatasetCsv(
  dataDir: string,
  datasetId: string,
  outPath: string,
  options: { part?: 'data' | 'rejected'; tempDirectory: string; signal?: AbortSignal },
): Promise<void> {
  const file = join(
    datasetDir(dataDir, datasetId),
    options.part === 'rejected' ? datasetFiles.rejected : datasetFiles.data,
  );
  const db = await DuckSession.open({ tempDirectory: options.tempDirectory, signal: options.signal });
  try {
    const columns = await db.rows<{ column_name: string; column_type: string }>(
      `DESCRIBE SELECT * FROM read_parquet(${sqlString(file)})`,
    );
    const select = columns.map(({ column_name: name, column_type: type }) => {
      const ident = sqlIdent(name);
      if (type === 'VARCHAR') return `${neutraliseSql(ident)} AS ${ident}`;
      // A rejected row's reasons as sentences a person reads, one column per language.
      if (name === '_issues')
        return ['zh', 'en']
          .map(
            (lang) =>
              `${neutraliseSql(`array_to_string(list_transform(${ident}, i -> coalesce(i."column" || ': ', '') || i.message_${lang}), '; ')`)} AS ${sqlIdent(`reasons_${lang}`)}`,
          )
          .join(', ');
      if (type.startsWith('STRUCT') || type.endsWith('[]'))
        return `${neutraliseSql(`CAST(to_json(${ident}) AS VARCHAR)`)} AS ${ident}`;
      return ident;
    });
    await db.run(
      `COPY (SELECT ${select.join(', ')} FROM read_parquet(${sqlString(file)})) TO ${sqlString(outPath)} (HEADER, DELIMITER ',')`,
    );
  } finally {
    db.close();
  }
}
