import type { IngestResult } from '@gigpact/datasets';
import { describe, expect, it } from 'vitest';
import { presentIngestResult } from './presenters';

describe('ingest errors as the API shows them', () => {
  it('masks every phone or ID-card number an error quotes, also in errors made before they were masked', () => {
    const result: IngestResult = {
      datasetId: null,
      kind: 'delivery_orders',
      reused: false,
      rowsAccepted: 0,
      rowsHeldBack: 0,
      rowsRejected: 1,
      rowsSkipped: 0,
      errors: [
        {
          file: 'n.csv',
          line: 3,
          column: 'penalty_reason',
          value: '13987654322',
          code: 'invalid_enum',
          message: {
            zh: 'penalty_reason 的值 “13987654322” 不在允许的取值中：late / bad_review / cancel / other',
            en: 'penalty_reason value "13987654322" is not one of: late / bad_review / cancel / other',
          },
        },
        {
          file: 'n.csv',
          line: 4,
          column: 'partner_id',
          value: '身份证310101199001011234',
          code: 'personal_identifier_value',
          message: { zh: '“身份证310101199001011234”', en: '"身份证310101199001011234"' },
        },
      ],
      errorCount: 2,
      ignoredColumns: [],
      manifest: null,
    };
    expect(presentIngestResult(result).errors).toEqual([
      {
        file: 'n.csv',
        line: 3,
        column: 'penalty_reason',
        value: '139******22',
        code: 'invalid_enum',
        message: {
          zh: 'penalty_reason 的值 “139******22” 不在允许的取值中：late / bad_review / cancel / other',
          en: 'penalty_reason value "139******22" is not one of: late / bad_review / cancel / other',
        },
      },
      {
        file: 'n.csv',
        line: 4,
        column: 'partner_id',
        value: '身份证310*************34',
        code: 'personal_identifier_value',
        message: { zh: '“身份证310*************34”', en: '"身份证310*************34"' },
      },
    ]);
  });
});
