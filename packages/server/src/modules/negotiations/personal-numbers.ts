import type { FieldIssue } from '@gigpact/contracts';

// A mainland mobile number (11 digits from 13–19) or a resident ID number (18 characters), standing alone.
const mobile = /(?<!\d)1[3-9]\d{9}(?!\d)/;
const residentId = /(?<![\dXx])\d{17}[\dXx](?![\dXx])/;

/**
 * Meeting records name people by name, organisation and role only: a phone or ID number typed into any text is
 * refused, naming the field, so the minutes never carry them.
 */
export function personalNumberIssues(fields: [path: (string | number)[], value: string][]): FieldIssue[] {
  return fields.flatMap(([path, value]) => {
    const kind = residentId.test(value) ? 'id' : mobile.test(value) ? 'phone' : undefined;
    if (!kind) return [];
    const where = path.join('.');
    return [
      kind === 'id'
        ? { path, zh: `${where}：请勿填写身份证号码`, en: `${where}: do not enter ID numbers` }
        : { path, zh: `${where}：请勿填写手机号码`, en: `${where}: do not enter phone numbers` },
    ];
  });
}
