import { readFileSync } from 'node:fs';
import { decodeText } from '@gigpact/contracts';

/**
 * A text file the user wrote (an agreement, a clause test file): UTF-8, or GB18030 (GBK) as Chinese Windows saves
 * it, said on stderr so that the reader knows how it was read (`decodeText`). Bytes that are neither are refused,
 * naming the file, in Chinese and English.
 */
export function readTextFile(file: string): string {
  const { text, encoding } = decodeText(readFileSync(file), file);
  if (encoding === 'gb18030')
    console.error(`提示：${file} 按 GB18030（GBK）编码读取 / note: ${file} was read as GB18030 (GBK)`);
  return text;
}
