import chardet from 'chardet';
import iconv from 'iconv-lite';

/** East Asian encodings other than GB18030 that a file may be in, taken when chardet names one that fits. */
const otherEastAsian = new Set(['big5', 'shift_jis', 'euc-jp', 'euc-kr', 'iso-2022-jp']);

export type DetectedEncoding = { encoding: string; bom: number };

/**
 * Decides the text encoding from the first bytes of a file. Valid UTF-8 wins (ASCII is UTF-8); otherwise GB18030
 * (which reads GBK and GB2312), unless the sample is another East Asian encoding chardet names that reads it all.
 */
export function detectEncoding(sample: Uint8Array, declared?: string): DetectedEncoding {
  const bom = sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf ? 3 : 0;
  if (declared && declared.toLowerCase() !== 'auto') {
    const name = normaliseEncodingName(declared);
    if (!iconv.encodingExists(name)) throw new Error(`unknown encoding ${declared}`);
    return { encoding: name, bom: name === 'utf-8' ? bom : 0 };
  }
  if (bom) return { encoding: 'utf-8', bom };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  if (isUtf8(sample)) return { encoding: 'utf-8', bom: 0 };
  // Chinese spreadsheet exports that are not UTF-8 are GB18030 (or its subsets GBK / GB2312) far more often than
  // anything else, and statistical guessing is unreliable on short samples: GB18030 wins whenever it decodes
  // the sample cleanly, and whenever no other East Asian encoding does. A single-byte Western guess is never
  // taken: it reads every byte and garbles every Chinese name without a trace, where GB18030 leaves the bytes it
  // cannot read as U+FFFD and the values holding them are refused (`undecodable_text`), naming --encoding.
  // A character cut by the end of the sample decodes as one replacement character at the very end: ignore it.
  if (decodesCleanly(sample, 'gb18030')) return { encoding: 'gb18030', bom: 0 };
  const guess = chardet.detect(sample)?.toLowerCase();
  if (guess && otherEastAsian.has(guess) && decodesCleanly(sample, guess)) return { encoding: guess, bom: 0 };
  return { encoding: 'gb18030', bom: 0 };
}

/** How an encoding a text file was transcoded from is named in errors (`GB18030`); none for UTF-8 or no text. */
export function encodingLabel(encoding: string | null): string | undefined {
  return encoding && encoding !== 'utf-8' ? encoding.toUpperCase() : undefined;
}

function normaliseEncodingName(name: string): string {
  const lower = name.toLowerCase().replace(/_/g, '-');
  if (lower === 'utf8' || lower === 'utf-8') return 'utf-8';
  if (lower === 'gbk' || lower === 'gb2312' || lower === 'gb18030' || lower === 'cp936') return 'gb18030';
  return lower;
}

/** Whether the sample decodes in `encoding` without a replacement character (but for one cut off at its end). */
function decodesCleanly(sample: Uint8Array, encoding: string): boolean {
  return (
    iconv.encodingExists(encoding) &&
    !iconv
      .decode(Buffer.from(sample), encoding)
      .replace(/\uFFFD$/, '')
      .includes('\uFFFD')
  );
}

/** Whether the sample is UTF-8, ignoring a multi-byte character cut off by the end of the sample. */
function isUtf8(sample: Uint8Array): boolean {
  let end = sample.length;
  // Step back over a trailing incomplete sequence (at most 3 continuation bytes plus its lead byte).
  for (let back = 1; back <= 4 && end - back >= 0; back++) {
    const byte = sample[end - back]!;
    if (byte < 0x80) break;
    if (byte >= 0xc0) {
      const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      if (need > back) end -= back;
      break;
    }
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}
