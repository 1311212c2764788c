import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { detectEncoding } from './encoding';
import { contentFormatOf, contentSampleBytes, isBinaryContent, type ContentFormat } from './file-format';
import { NdjsonLineScan, type NdjsonLines } from './ndjson';

/** What to ingest: a file on disk, or a stream (an upload) with the name the user gave it. */
export type IngestInput = { path: string } | { stream: Readable; name: string; size?: number };

export interface StagedSource {
  /** A UTF-8 (text formats) or original (binary formats) file DuckDB can read. */
  path: string;
  name: string;
  contentSha256: string;
  bytes: number;
  encoding: string | null;
  /** The first bytes as UTF-8 text, for reading the header. */
  head: string;
  /** Whether the file has a `"` anywhere (only then can a quoted field span lines). */
  hasQuotes: boolean;
  /** NDJSON: the lines of the text DuckDB reads (`options.ndjson`). */
  lines: NdjsonLines | null;
  /** What the first bytes show the file to be (`contentFormatOf`), whatever format it is read in. */
  content: ContentFormat | null;
}

const sampleBytes = 64 * 1024;

/**
 * One streaming pass over the input: hashes the original bytes (the dataset's identity), detects the encoding
 * from the first 64 KiB, and transcodes to UTF-8 into the staging folder when DuckDB cannot read the file as it
 * is. Memory stays at one chunk whatever the size of the file. An NDJSON file's lines are counted on the way
 * (`NdjsonLineScan`), and it loses its byte-order mark, which DuckDB's JSON reader would take for part of line 1.
 */
export async function stageSource(
  input: IngestInput,
  stagingDir: string,
  options: {
    textual: boolean;
    /** The file is NDJSON: count its lines. */
    ndjson?: boolean;
    declaredEncoding?: string;
    signal?: AbortSignal;
    onBytes?: (bytes: number, total?: number) => void;
    totalBytes?: number;
  },
): Promise<StagedSource> {
  const name = 'path' in input ? basename(input.path) : input.name;
  const readable = 'path' in input ? createReadStream(input.path, { highWaterMark: 1 << 20 }) : input.stream;
  const hash = createHash('sha256');
  let bytes = 0;
  let hasQuotes = false;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let decided = false;
  let encoding: string | null = null;
  let head = '';
  let writer: WriteStream | null = null;
  let transcode: ((chunk: Buffer) => Buffer) | null = null;
  let outPath = 'path' in input ? input.path : join(stagingDir, 'source.bin');
  const lineScan = options.ndjson ? new NdjsonLineScan() : null;

  let content: ContentFormat | null = null;

  const decide = () => {
    const sample = Buffer.concat(pending);
    decided = true;
    content = contentFormatOf(sample.subarray(0, contentSampleBytes));
    // A binary file has no text encoding to detect: it is refused as a whole (`notReadableAs`), not decoded.
    if (options.textual && !isBinaryContent(content)) {
      const detected = detectEncoding(sample, options.declaredEncoding);
      encoding = detected.encoding;
      const needsCopy =
        detected.encoding !== 'utf-8' || !('path' in input) || (options.ndjson === true && detected.bom > 0);
      if (needsCopy) {
        outPath = join(stagingDir, 'source.utf8');
        const decoder = iconv.getDecoder(detected.encoding, { stripBOM: true });
        transcode =
          detected.encoding === 'utf-8'
            ? (chunk) => chunk
            : (chunk) => Buffer.from(decoder.write(chunk), 'utf8');
      }
      const body = sample.subarray(detected.bom);
      head = detected.encoding === 'utf-8' ? body.toString('utf8') : iconv.decode(sample, detected.encoding);
    } else if (!('path' in input)) {
      transcode = (chunk) => chunk;
    }
    if (transcode) writer = createWriteStream(outPath);
    const first = pending;
    pending = [];
    return first;
  };

  const write = async (chunk: Buffer) => {
    const out = transcode ? transcode(chunk) : chunk;
    lineScan?.push(out);
    if (!writer || !out.length) return;
    if (!writer.write(out)) await new Promise<void>((resolve) => writer!.once('drain', () => resolve()));
  };

  const flushEarly = async () => {
    const early = decide();
    for (const [index, chunk] of early.entries()) {
      await write(index === 0 && encoding === 'utf-8' ? stripUtf8Bom(chunk) : chunk);
    }
  };

  try {
    for await (const raw of readable) {
      options.signal?.throwIfAborted();
      const chunk = typeof raw === 'string' ? Buffer.from(raw) : (raw as Buffer);
      hash.update(chunk);
      bytes += chunk.length;
      // 0x22 is never the second byte of a GB18030 character, so the raw bytes answer for every encoding read.
      if (!hasQuotes) hasQuotes = chunk.includes(0x22);
      options.onBytes?.(bytes, options.totalBytes);
      if (!decided) {
        pending.push(chunk);
        pendingBytes += chunk.length;
        if (pendingBytes < sampleBytes) continue;
        await flushEarly();
        continue;
      }
      await write(chunk);
    }
    if (!decided) await flushEarly();
  } finally {
    const w = writer as WriteStream | null;
    if (w)
      await new Promise<void>((resolve, reject) =>
        w.end((error?: Error | null) => (error ? reject(error) : resolve())),
      );
  }
  return {
    path: outPath,
    name,
    contentSha256: hash.digest('hex'),
    bytes,
    encoding,
    head,
    hasQuotes,
    lines: lineScan?.end() ?? null,
    content,
  };
}

/** A copied UTF-8 file loses its byte-order mark, so DuckDB sees the first header name as written. */
function stripUtf8Bom(chunk: Buffer): Buffer {
  if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) return chunk.subarray(3);
  return chunk;
}
