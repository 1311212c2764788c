import { describe, expect, it } from 'vitest';
import type { AgreementStatusName, AgreementSummary } from '@gigpact/contracts';
import { cascade } from './AgreementList';
import { statusFromSearch, withStatus } from './list-filter';

const agreement = (
  id: string,
  status: AgreementStatusName,
  parentId: string | null = null,
): AgreementSummary => ({
  id,
  title: id,
  titleEn: null,
  industry: 'express',
  platforms: [],
  status,
  parentId,
  effectiveFrom: '2025-01-01',
  currentVersion: 1,
  versionLabel: null,
  clauses: 1,
  checkableClauses: 1,
  updatedAt: '2025-01-01T00:00:00Z',
  rowVersion: 1,
});

describe('the agreement list filtered by status', () => {
  it('reads a known status from the address and ignores anything else', () => {
    expect(statusFromSearch(new URLSearchParams('status=in_force'))).toBe('in_force');
    expect(statusFromSearch(new URLSearchParams('status=draft&industry=express'))).toBe('draft');
    expect(statusFromSearch(new URLSearchParams('status=open'))).toBeUndefined();
    expect(statusFromSearch(new URLSearchParams(''))).toBeUndefined();
  });

  it('keeps the agreements of that status, so its count is the dashboard figure', () => {
    const items = [
      agreement('brand', 'superseded'),
      agreement('franchisee', 'in_force', 'brand'),
      agreement('other', 'in_force'),
      agreement('draft', 'draft'),
    ];
    const inForce = withStatus(items, 'in_force');
    expect(inForce.map((a) => a.id)).toEqual(['franchisee', 'other']);
    // The franchisee agreement whose brand agreement is not shown becomes a row of its own.
    expect(cascade(inForce).map((r) => r.id)).toEqual(['franchisee', 'other']);
    expect(withStatus(items, undefined)).toHaveLength(4);
  });
});
