import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { canonicalDatasets, type DatasetKind } from '@gigpact/contracts';
import { adapters, type Adapter } from '../adapters';
import { DuckSession } from '../duck/session';
import { createStaging, datasetFiles, publishStaging, readManifest, readStoredErrors } from '../store/layout';
import type { DatasetManifest } from '../store/manifest';
import {
  ingestIssue,
  IngestFileError,
  maskedIssue,
  type IngestErrorCode,
  type IngestIssue,
} from '../validation/codes';
import { keyFingerprint } from './personal-data';
import { encodingLabel } from './encoding';
import { formatFromName, identityOf } from './identity';
import { notReadableAs, readerRefuses, type ReaderFormat } from './file-format';
import {
  describeSource,
  openSource,
  readsWholeParquet,
  type SourceFile,
  type SourceFormat,
} from './load-source';
import { mapColumns } from './mapping';
import { ndjsonMalformed } from './ndjson';
import { writeCleanDataset } from './clean-path';
import { ingestOptionsSchema, type IngestOptions, type IngestOptionsInput } from './options';
import { stageSource, type IngestInput } from './stage-source';
import { validateSource } from './validate';
import { writeDataset } from './write-dataset';
import { xlsxToCsv } from './xlsx-to-csv';

export interface IngestResult {
  /** The stored dataset, or null when nothing was stored (policy `reject`, or the file as a whole is unusable). */
  datasetId: string | null;
  kind: DatasetKind;
  /** True when the same bytes with the same options were ingested before: the stored dataset is returned as is. */
  reused: boolean;
  /** Rows stored: none when nothing was stored. */
  rowsAccepted: number;
  /** Valid rows not stored because the file had bad rows and the policy was `reject`. */
  rowsHeldBack: number;
  rowsRejected: number;
  rowsSkipped: number;
  /** The first `maxErrors` errors in line order, each naming the file; `errorCount` counts them all. */
  errors: IngestIssue[];
  errorCount: number;
  /** Columns of the file that are not part of the dataset (reported, never silently dropped). */
  ignoredColumns: string[];
  manifest: DatasetManifest | null;
}

/**
 * Ingests one file into a canonical dataset. The same function serves the CLI, the API upload and the demo seed:
 * a path or a stream in, progress through a callback, cancellation through an AbortSignal, and on any failure or
 * abort nothing is left behind but what was there before.
 */
export async function ingestDataset(
  input: IngestInput,
  optionsInput: IngestOptionsInput,
): Promise<IngestResult> {
  const { signal, onProgress } = optionsInput;
  const parsed = ingestOptionsSchema.safeParse(optionsInput);
  if (!parsed.success)
    throw new Error(
      `导入选项无效 / invalid ingest options: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  const options = parsed.data;
  const name = 'path' in input ? input.path : input.name;
  if ('path' in input) await mustBeAFile(input.path);
  const format = options.format ?? formatFromName(name);
  const adapter: Adapter | null = adapters[format] ?? null;
  const kind = adapter?.kind ?? options.kind;
  if (!kind) throw new Error('缺少数据集类型 --kind / the dataset kind (--kind) is required');
  if (adapter && options.kind && options.kind !== adapter.kind) {
    throw new Error(
      `格式 ${format} 只能生成 ${adapter.kind} / format ${format} produces ${adapter.kind}, not ${options.kind}`,
    );
  }
  const binary = format === 'parquet' || format === 'xlsx' || (adapter !== null && /\.parquet$/i.test(name));
  const sourceFormat: SourceFormat =
    format === 'ndjson' ? 'ndjson' : binary && format !== 'xlsx' ? 'parquet' : 'csv';
  const readerFormat: ReaderFormat = format === 'xlsx' ? 'xlsx' : sourceFormat;
  const staging = await createStaging(options.dataDir);
  const work = join(staging, 'work');
  const out = join(staging, 'out');
  await mkdir(join(work, 'duck'), { recursive: true });
  await mkdir(out);
  let db: DuckSession | null = null;
  // Set once a Parquet file is being scanned: an engine error then may be the file's damage, checked on its own.
  let scannedParquet: { path: string; name: string } | null = null;
  try {
    onProgress?.({ phase: 'reading', fraction: 0 });
    const staged = await stageSource(input, work, {
      textual: !binary,
      ndjson: format === 'ndjson',
      declaredEncoding: options.encoding,
      signal,
      totalBytes: 'stream' in input ? input.size : undefined,
      onBytes: (bytesRead, totalBytes) => onProgress?.({ phase: 'reading', bytesRead, totalBytes }),
    });
    // A file the reader cannot read at all is refused as a whole, naming the format it seems to be instead.
    const unreadable = () =>
      fileRejected(
        kind,
        inFile([notReadableAs(staged.name, readerFormat, { content: staged.content })], staged.name),
        [],
      );
    if (readerRefuses(readerFormat, staged.content)) return unreadable();
    const datasetId = identityOf(staged.contentSha256, kind, format, options, staged.encoding);
    const existing = await readManifest(options.dataDir, datasetId);
    if (existing) return await reusedResult(options, existing, staged.name);

    db = await DuckSession.open({
      tempDirectory: join(work, 'duck'),
      memoryLimit: options.memoryLimit,
      signal,
    });
    let path = staged.path;
    let head = staged.head;
    if (format === 'xlsx') {
      path = join(work, 'sheet.csv');
      const converted = await xlsxToCsv(staged.path, path, signal).then(
        () => true,
        (error: unknown) => {
          if (signal?.aborted) throw error;
          return false;
        },
      );
      if (!converted) return unreadable();
      head = (await readFile(path)).subarray(0, 65536).toString('utf8');
    }
    const file: SourceFile = {
      format: sourceFormat,
      path,
      head,
      hasQuotes: format === 'xlsx' || staged.hasQuotes,
      lines: staged.lines ?? undefined,
      name: staged.name,
    };
    const spec = canonicalDatasets[kind];
    onProgress?.({ phase: 'loading', fraction: 0 });
    // A line DuckDB cannot hold: the file is refused as a whole, naming it, before DuckDB stops at it.
    const tooLong = staged.lines?.tooLong;
    if (tooLong)
      return fileRejected(kind, inFile([ingestIssue('line_too_long', { line: tooLong })], staged.name), []);
    let columns: string[];
    try {
      columns = await describeSource(db, file);
    } catch (error) {
      if (error instanceof IngestFileError) return fileRejected(kind, inFile(error.issues, staged.name), []);
      if (sourceFormat === 'parquet' && !db.aborted) return unreadable();
      throw error;
    }
    // Not one line of it is a JSON object, and it reads as CSV: it is not NDJSON with every line broken.
    if (sourceFormat === 'ndjson' && columns.length === 0 && staged.content === 'csv') return unreadable();
    if (sourceFormat === 'parquet') scannedParquet = { path, name: staged.name };
    const mapping = mapColumns(spec, columns, options, adapter);
    const timeZone = adapter?.timeZone ?? options.timeZone;
    if (mapping.fileIssues.length) {
      // NDJSON has no header line: its missing columns are the file's, and the lines set aside are named too
      // (they may be why a column seems missing, when every line is broken).
      const issues =
        sourceFormat === 'ndjson'
          ? [
              ...mapping.fileIssues.map((i) => ({ ...i, line: 0 })),
              ...(await setAsideLines(db, path, options.maxErrors)),
            ]
          : mapping.fileIssues;
      return fileRejected(kind, inFile(issues, staged.name), mapping.ignored);
    }

    onProgress?.({ phase: 'validating', fraction: 0 });
    const usesRecno = [...mapping.exprs.values(), mapping.skip?.when, mapping.skip?.reason].some((e) =>
      /\b_(recno|line)\b/.test(e ?? ''),
    );
    const source = await openSource(db, file, columns, usesRecno);
    const scan = {
      timeZone,
      now: options.now,
      platform: options.platform,
      decodedFrom: encodingLabel(staged.encoding),
    };
    const validating = (fraction: number) => onProgress?.({ phase: 'validating', fraction });
    // A file without bad rows is checked and written in one pass; any other goes the exact way.
    const clean =
      mapping.skip || usesRecno || source.setAside > 0
        ? null
        : await writeCleanDataset(db, source, spec, mapping, {
            ...scan,
            pseudonymKey: options.pseudonymKey,
            outDir: out,
            onProgress: validating,
          });
    const validation =
      clean?.validation ??
      (await validateSource(db, source, spec, mapping, {
        ...scan,
        maxErrors: options.maxErrors,
        onProgress: validating,
      }));
    const errors = validation.firstErrors.map((e) => ingestIssue(e.code as IngestErrorCode, e));
    const base = {
      kind,
      reused: false,
      rowsAccepted: validation.accepted,
      rowsHeldBack: 0,
      rowsRejected: validation.rejected,
      rowsSkipped: validation.skipped,
      errors: errors.map(({ line, column, value, code, message }) => ({
        file: staged.name,
        line,
        column,
        value,
        code,
        message,
      })),
      errorCount: validation.errorCount,
      ignoredColumns: mapping.ignored,
    };
    // All or nothing: the valid rows are held back with the bad ones, and none is reported as accepted.
    if (options.policy === 'reject' && validation.rejected > 0)
      return { ...base, rowsAccepted: 0, rowsHeldBack: validation.accepted, datasetId: null, manifest: null };

    onProgress?.({ phase: 'writing', fraction: 0 });
    const written =
      clean?.written ??
      (await writeDataset(db, source, spec, mapping, validation, out, options.pseudonymKey, (fraction) =>
        onProgress?.({ phase: 'writing', fraction }),
      ));
    const manifest: DatasetManifest = {
      manifestVersion: 1,
      dataModelVersion: 1,
      datasetId,
      contentSha256: staged.contentSha256,
      kind,
      format,
      source: { fileName: staged.name, bytes: staged.bytes, encoding: staged.encoding },
      platform: options.platform ?? null,
      platforms: written.platforms,
      period: written.period,
      timeZone,
      currency: adapter?.currency ?? options.currency,
      rowsAccepted: validation.accepted,
      rowsRejected: validation.rejected,
      rowsSkipped: validation.skipped,
      columns: written.columns,
      ignoredColumns: mapping.ignored,
      policy: options.policy,
      pseudonymKeyFingerprint: keyFingerprint(options.pseudonymKey),
      pseudonymised: written.pseudonymised,
      districtsRenamed: written.districtsRenamed,
      createdBy: options.createdBy,
      createdAt: new Date().toISOString(),
    };
    await writeFile(
      join(out, datasetFiles.errors),
      JSON.stringify({ errorCount: base.errorCount, errors: base.errors }),
    );
    await writeFile(join(out, datasetFiles.manifest), JSON.stringify(manifest, null, 2));
    db.close();
    db = null;
    const published = await publishStaging(out, options.dataDir, datasetId);
    if (!published)
      return await reusedResult(options, (await readManifest(options.dataDir, datasetId))!, staged.name);
    onProgress?.({ phase: 'done', fraction: 1 });
    return { ...base, datasetId, manifest };
  } catch (error) {
    if (scannedParquet && !signal?.aborted && !(await readsWholeParquet(scannedParquet.path, work))) {
      const issue = notReadableAs(scannedParquet.name, 'parquet', { content: 'parquet' });
      return fileRejected(kind, inFile([issue], scannedParquet.name), []);
    }
    throw error;
  } finally {
    db?.close();
    await rm(staging, { recursive: true, force: true });
  }
}

/** The stored dataset of the same bytes read the same way; its errors name the file given this time. */
async function reusedResult(
  options: IngestOptions,
  manifest: DatasetManifest,
  fileName: string,
): Promise<IngestResult> {
  const stored = await readStoredErrors(options.dataDir, manifest.datasetId);
  return {
    datasetId: manifest.datasetId,
    kind: manifest.kind,
    reused: true,
    rowsAccepted: manifest.rowsAccepted,
    rowsHeldBack: 0,
    rowsRejected: manifest.rowsRejected,
    rowsSkipped: manifest.rowsSkipped,
    // Masked again: a dataset stored before errors were masked may hold a number in them.
    errors: inFile(stored.errors.map(maskedIssue), fileName),
    errorCount: stored.errorCount,
    ignoredColumns: manifest.ignoredColumns,
    manifest,
  };
}

function fileRejected(kind: DatasetKind, issues: IngestIssue[], ignoredColumns: string[]): IngestResult {
  return {
    datasetId: null,
    kind,
    reused: false,
    rowsAccepted: 0,
    rowsHeldBack: 0,
    rowsRejected: 0,
    rowsSkipped: 0,
    errors: issues,
    errorCount: issues.length,
    ignoredColumns,
    manifest: null,
  };
}

/** The NDJSON lines `describeNdjson` set aside, as issues (the first `limit`). */
async function setAsideLines(db: DuckSession, path: string, limit: number): Promise<IngestIssue[]> {
  await ndjsonMalformed(db, path);
  const rows = await db.rows<{
    line: bigint;
    raw: string | null;
    code: IngestErrorCode;
    reason: string | null;
  }>(`SELECT _line AS line, raw, code, reason FROM malformed ORDER BY _line LIMIT ${limit}`);
  return rows.map((r) => ingestIssue(r.code, { line: Number(r.line), value: r.raw, detail: r.reason }));
}

/** Issues naming the file they are in (first, as the command line and the API show them). */
function inFile(issues: readonly IngestIssue[], file: string): IngestIssue[] {
  return issues.map(({ line, column, value, code, message }) => ({
    file,
    line,
    column,
    value,
    code,
    message,
  }));
}

/** A path to ingest names a file; else an error saying what it is, in Chinese and English. */
async function mustBeAFile(path: string): Promise<void> {
  const found = await stat(path).catch(() => null);
  if (!found) throw new Error(`找不到文件 ${path} / no such file ${path}`);
  if (!found.isFile())
    throw new Error(
      found.isDirectory()
        ? `${path} 是文件夹，不是文件 / ${path} is a folder, not a file`
        : `${path} 不是普通文件 / ${path} is not a regular file`,
    );
}
