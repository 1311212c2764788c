import { describe, expect, it } from 'vitest';
import { ingestIssue, maskedIssue } from './codes';

describe('every ingest error masks the phone and ID-card numbers it quotes', () => {
  it('in its value, column and detail, and so in both messages', () => {
    const issue = ingestIssue('invalid_enum', {
      line: 3,
      column: 'penalty_reason',
      value: '13987654322',
      detail: 'late / bad_review / cancel / other',
    });
    expect(issue).toEqual({
      line: 3,
      column: 'penalty_reason',
      value: '139******22',
      code: 'invalid_enum',
      message: {
        zh: 'penalty_reason 的值 “139******22” 不在允许的取值中：late / bad_review / cancel / other',
        en: 'penalty_reason value "139******22" is not one of: late / bad_review / cancel / other',
      },
    });
    const line = ingestIssue('invalid_json_line', { line: 7, value: '{"rider_id": "张三 139-8765-4329"' });
    expect(line.value).toBe('{"rider_id": "张三 139******29"');
    const header = ingestIssue('personal_identifier_column', { line: 1, column: '手机13812345678' });
    expect(header.column).toBe('手机138******78');
    expect(JSON.stringify(header.message)).not.toContain('13812345678');
    const malformed = ingestIssue('malformed_row', { line: 9, detail: 'near "310101199001011234,x"' });
    expect(malformed.message.en).toBe(
      'Malformed row (wrong number of fields or an unclosed quote): near "310*************34,x"',
    );
  });

  it('leaves errors without a number as they are, and masks errors made before', () => {
    const plain = ingestIssue('negative_value', { line: 2, column: 'pay', value: '-3' });
    expect(plain.value).toBe('-3');
    expect(plain.message.en).toBe('pay must not be negative: -3');
    const before = { ...plain, value: '13987654322', message: { zh: '“13987654322”', en: '"13987654322"' } };
    expect(maskedIssue(before)).toEqual({
      ...plain,
      value: '139******22',
      message: { zh: '“139******22”', en: '"139******22"' },
    });
    expect(maskedIssue(plain)).toEqual(plain);
  });
});
