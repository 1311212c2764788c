import { canonicalDatasets, datasetKinds } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import { naturalKeys } from './relations';

describe('natural keys', () => {
  it('give every dataset a key of its own columns, ending in the id column the data model names', () => {
    for (const kind of datasetKinds) {
      const spec = canonicalDatasets[kind];
      const names = spec.columns.map((c) => c.name);
      const key = naturalKeys[kind];
      expect(key.length, kind).toBeGreaterThan(0);
      expect(
        key.every((k) => names.includes(k)),
        kind,
      ).toBe(true);
      const id = spec.columns.find((c) => c.key);
      if (id) expect(key.at(-1), kind).toBe(id.name);
    }
  });

  it('key a courier’s pay by franchisee, courier and period', () => {
    expect(naturalKeys.courier_payroll).toEqual(['franchisee_id', 'courier_id', 'period']);
  });
});
