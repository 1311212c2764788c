import { z } from 'zod';

// The codes fields of the API take, each refused in words (`中文 / English`, as `toFieldIssues` splits them),
// never by showing a reader its pattern.

/** A district's code (`310118`). */
export const districtCode = z
  .string()
  .regex(/^\d{6}$/, '不是区代码：应为 6 位数字，如 310118 / not a district code: 6 digits, such as 310118');

/** A street's code (`310118106`). */
export const streetCode = z
  .string()
  .regex(
    /^\d{9}$/,
    '不是街道代码：应为 9 位数字，如 310118106 / not a street code: 9 digits, such as 310118106',
  );

/** A platform's code as data carries it (`eleme`). */
export const platformCode = z
  .string()
  .regex(
    /^[a-z0-9_]+$/,
    '不是平台代码：应为小写字母、数字和 _，如 eleme / not a platform code: lower-case letters, digits and _, such as eleme',
  );
