import { Transform } from 'node:stream';
import { errors } from '../../../platform/http/errors';

/** Platform exports are large; the file streams to disk and into DuckDB and is never held in memory. */
export const uploadLimitBytes = 2 * 1024 ** 3;

export class UploadTooLarge extends Error {}

export function tooLarge() {
  return errors.validation([
    {
      path: ['file'],
      zh: `文件超过 ${uploadLimitBytes / 1024 ** 3} GB 上限`,
      en: `the file is larger than the ${uploadLimitBytes / 1024 ** 3} GB limit`,
    },
  ]);
}

/** Passes bytes through until `limit`, then fails the stream (a body without a declared length is still capped). */
export function limitBytes(limit: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > limit) callback(new UploadTooLarge('upload too large'));
      else callback(null, chunk);
    },
  });
}
