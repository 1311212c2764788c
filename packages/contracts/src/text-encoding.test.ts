import { describe, expect, it } from 'vitest';
import { decodeText, TextEncodingError } from './text-encoding';

/** 青浦区 in GB18030 (GBK): two bytes a character, none of them valid as UTF-8 here. */
const qingpuGbk = Uint8Array.from([0xc7, 0xe0, 0xc6, 0xd6, 0xc7, 0xf8]);

describe('decodeText', () => {
  it('reads UTF-8, with its byte-order mark dropped', () => {
    const utf8 = new TextEncoder().encode('district: 青浦区\n');
    expect(decodeText(utf8)).toEqual({ text: 'district: 青浦区\n', encoding: 'utf-8' });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text: 'district: 青浦区\n',
      encoding: 'utf-8',
    });
  });

  it('reads what is not UTF-8 as GB18030, the encoding Chinese Windows saves in', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('district: '), ...qingpuGbk]);
    expect(decodeText(bytes)).toEqual({ text: 'district: 青浦区', encoding: 'gb18030' });
  });

  it('refuses bytes that are neither, naming the file, instead of reading them with replacement marks', () => {
    // 0x80 alone is no GB18030 character, and 0xff starts none.
    const garbage = Uint8Array.from([0x61, 0x80, 0xff, 0x62]);
    expect(() => decodeText(garbage, 'a.yaml')).toThrow(TextEncodingError);
    expect(() => decodeText(garbage, 'a.yaml')).toThrow(
      '文件 a.yaml 不是 UTF-8 或 GB18030（GBK）编码的文本，请另存为 UTF-8 / the file a.yaml is not text in UTF-8 or GB18030 (GBK): save it as UTF-8',
    );
  });
});
