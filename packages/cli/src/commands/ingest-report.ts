import { basename } from 'node:path';
import type { IngestResult } from '@gigpact/datasets';

/** Each of the first `limit` errors at the file, line and column it is about, then how many there were. */
export function errorLines(result: IngestResult, file: string, limit: number): string[] {
  const name = basename(file);
  const lines = result.errors.slice(0, limit).map((e) => {
    const message = `${e.message.zh} / ${e.message.en}`;
    // A file not readable in its format: its message names the file itself, and stands alone.
    if (e.code === 'not_readable_as_format') return `  ${message}`;
    const line = e.line > 0 ? `${name} 第 ${e.line} 行 / ${name} line ${e.line}` : name;
    return `  ${line}${e.column ? `, ${e.column}` : ''}: ${message}`;
  });
  if (result.errorCount > limit)
    lines.push(`  …共 ${result.errorCount} 个错误 / ${result.errorCount} errors in all`);
  return lines;
}

/** The columns of the file that are not part of the dataset, when there are any. */
export function unusedColumnsLine(result: IngestResult): string | null {
  return result.ignoredColumns.length
    ? `未使用的列 / columns not used: ${result.ignoredColumns.join(', ')}`
    : null;
}

/**
 * What an audit says of a file it ingested before auditing it: why nothing was stored (no `datasetId`), or the
 * rows refused and skipped and the columns not used, so that nothing is left out of the audit without a word.
 */
export function auditIngestNotes(result: IngestResult, file: string): string[] {
  if (!result.datasetId)
    return [`${file}: 没有可用的数据 / nothing usable in the file`, ...errorLines(result, file, 5)];
  const lines: string[] = [];
  if (result.rowsRejected)
    lines.push(
      `${file}: 拒绝 ${result.rowsRejected} 行，未参与审计 / ${result.rowsRejected} rows refused, not audited`,
      ...errorLines(result, file, 5),
    );
  if (result.rowsSkipped)
    lines.push(
      `${file}: 跳过 ${result.rowsSkipped} 行（不属于该数据集，例如未完成的行程；gigpact ingest 列出原因） / ${result.rowsSkipped} rows skipped (not rows of the dataset, such as trips not completed; gigpact ingest lists why)`,
    );
  const unused = unusedColumnsLine(result);
  if (unused) lines.push(`${file}: ${unused}`);
  return lines;
}
