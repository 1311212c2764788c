/**
 * The encodings a text file written in a union office arrives in: UTF-8, with or without a byte-order mark, or
 * GB18030 — which covers GBK and GB2312, what Chinese Windows saves as "ANSI".
 */
export type TextEncoding = 'utf-8' | 'gb18030';

/** Bytes that are neither UTF-8 nor GB18030 text: said in both languages, never read with replacement marks. */
export class TextEncodingError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
  }
}

/**
 * A text file's bytes as text: UTF-8 when they are valid UTF-8 (a byte-order mark dropped), else GB18030 when
 * they are valid GB18030. Bytes that are neither are refused (`TextEncodingError`, naming `file`) rather than
 * read with replacement marks, which would reach the reader as wrong names and values.
 */
export function decodeText(bytes: Uint8Array, file = ''): { text: string; encoding: TextEncoding } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: tried as the other encoding Chinese text comes in.
  }
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
  } catch {
    const named = file ? `${file} ` : '';
    throw new TextEncodingError(
      `文件 ${named}不是 UTF-8 或 GB18030（GBK）编码的文本，请另存为 UTF-8`,
      `the file ${named}is not text in UTF-8 or GB18030 (GBK): save it as UTF-8`,
    );
  }
}
