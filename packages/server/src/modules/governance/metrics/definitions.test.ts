import { governanceMetricKeys } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import { metricKeys } from './definitions';

describe('governance metrics', () => {
  it('are exactly the ones the API names, in the same order', () => {
    expect(metricKeys).toEqual([...governanceMetricKeys]);
  });
});
