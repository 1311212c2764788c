import { z } from 'zod';

// The codes fields of the API take, each refused in words (`中文 / English`, as `toFieldIssues` splits them),
// never by showing a reader its pattern.

/** A district's code (`310118`). */
export const districtCode = z.string().regex(/^\d{6}$/, '区代码（6 位数字） / a district code (6 digits)');

/** A street's code (`310118106`). */
export const streetCode = z.string().regex(/^\d{9}$/, '街道代码（9 位数字） / a street code (9 digits)');

/** A platform's code as data carries it (`eleme`). */
export const platformCode = z
  .string()
  .regex(
    /^[a-z0-9_]+$/,
    '平台代码（小写字母、数字和 _） / a platform code (lower-case letters, digits and _)',
  );
