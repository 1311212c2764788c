import { platformFormatKinds } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import { adapters } from './index';

describe('the platform formats the contracts name', () => {
  it('are the adapters, each with the kind of data it gives', () => {
    const byAdapter = Object.fromEntries(Object.values(adapters).map((a) => [a.name, a.kind]));
    expect(platformFormatKinds).toEqual(byAdapter);
  });
});
