import { describe, expect, it } from 'vitest';
import { workforceNote } from './workforce-note';

describe('the note on the workers behind membership rates', () => {
  it('explains the total of a district or the city when its streets have no workers', () => {
    expect(workforceNote([{ workers: null }, { workers: null }], { workers: 8828 })).toBe('areaTotal');
  });

  it('explains why a street officer’s area has no workers at all', () => {
    expect(workforceNote([{ workers: null }], { workers: null })).toBe('unknown');
    expect(workforceNote([], { workers: null })).toBe('unknown');
  });

  it('says nothing when every row has its workers', () => {
    expect(workforceNote([{ workers: 8828 }, { workers: 0 }], { workers: 8828 })).toBe('none');
  });
});
