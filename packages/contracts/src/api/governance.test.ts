import { describe, expect, it } from 'vitest';
import { inferenceQuery } from './governance';

describe('governance analysis queries', () => {
  it('take the platform as the data names it, registry code or licence number', () => {
    expect(inferenceQuery.parse({ platform: 'eleme' }).platform).toBe('eleme');
    // NYC TLC trip records name the platform by its licence: Uber is HV0003.
    expect(inferenceQuery.parse({ industry: 'ride_hailing', platform: 'HV0003' }).platform).toBe('HV0003');
    expect(inferenceQuery.safeParse({ platform: "eleme' OR 1=1" }).success).toBe(false);
    expect(inferenceQuery.safeParse({ platform: 'x' }).success).toBe(false);
  });
});
