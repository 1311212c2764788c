import { describe, expect, it } from 'vitest';
import { assertTransition, nextStatuses } from './lifecycle';

describe('agreement lifecycle', () => {
  it('follows draft → negotiating → signed → in force → superseded', () => {
    expect(() => assertTransition('draft', 'negotiating')).not.toThrow();
    expect(() => assertTransition('negotiating', 'signed')).not.toThrow();
    expect(() => assertTransition('signed', 'in_force')).not.toThrow();
    expect(() => assertTransition('in_force', 'superseded')).not.toThrow();
    expect(nextStatuses('negotiating')).toContain('draft');
  });

  it('refuses skipping negotiation or reviving a superseded agreement, in both languages', () => {
    expect(() => assertTransition('draft', 'in_force')).toThrow(
      /cannot go from draft to in_force.*不能|不能.*cannot go from draft to in_force/s,
    );
    expect(() => assertTransition('superseded', 'in_force')).toThrow(/allowed: none/);
  });
});
