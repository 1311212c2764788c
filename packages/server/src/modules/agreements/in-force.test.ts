import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadAgreement, type Agreement } from '@gigpact/rules';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/http/errors';
import { agreementInForce } from './in-force';

const shipped = (name: string) =>
  loadAgreement(
    readFileSync(path.resolve(import.meta.dirname, '../../../../rules/agreements', name), 'utf8'),
    name,
  );
const brand = shipped('jt-express-2025.yaml');
const franchisee = shipped('jt-franchisee-qingpu-2025.yaml');
const parents = async (id: string): Promise<Agreement | undefined> => (id === brand.id ? brand : undefined);
/** What refusing the agreement throws (the agreement itself when it is not refused). */
const refusalOf = (agreement: Agreement) => agreementInForce(agreement, parents).catch((e: unknown) => e);

describe('the agreement an audit checks', () => {
  it('is, for a secondary agreement, the brand’s clauses with its own in their place, within its own scope', async () => {
    const inForce = await agreementInForce(franchisee, parents);
    expect(inForce.clauses.map((c) => c.id)).toEqual(brand.clauses.map((c) => c.id));
    expect(inForce.clauses.find((c) => c.id === 'fee-share')?.params).toEqual({ min_share: 0.3 });
    expect(inForce.clauses.find((c) => c.id === 'direct-pay')).toEqual(
      brand.clauses.find((c) => c.id === 'direct-pay'),
    );
    expect([inForce.id, inForce.platform, inForce.scope]).toEqual([
      'jt-franchisee-qingpu-2025',
      'jt',
      { districts: ['青浦区'] },
    ]);
  });

  it('is the agreement itself without a parent, and cannot be made without the parent it names', async () => {
    expect(await agreementInForce(brand, parents)).toBe(brand);
    const orphan = { ...franchisee, parent: 'jt-express-2019' };
    await expect(agreementInForce(orphan, parents)).rejects.toBeInstanceOf(AppError);
  });

  it('is refused when the secondary agreement lowers a standard of the brand agreement', async () => {
    const lowered = {
      ...franchisee,
      clauses: franchisee.clauses.map((c) =>
        c.id === 'fee-share' ? { ...c, params: { min_share: 0.15 } } : c,
      ),
    };
    const refused = await refusalOf(lowered);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).issues).toEqual([
      expect.objectContaining({
        path: ['clauses', 0, 'params', 'min_share'],
        en: expect.stringMatching(
          /^clause fee-share sets min_share to 0.15, weaker than the standard of the brand agreement jt-express-2025 \(0.25\)/,
        ),
      }),
    ]);
  });

  it('binds a secondary agreement within the brand’s coverage: its platforms, and refuses one beyond them', async () => {
    const { platform: _platform, ...withoutPlatform } = franchisee;
    const inForce = await agreementInForce(withoutPlatform, parents);
    expect(inForce.platform).toBe('jt');
    const elsewhere = { ...franchisee, platform: 'sto', effective_from: '2025-07-01' };
    const refused = await refusalOf(elsewhere);
    expect((refused as AppError).issues).toEqual([
      expect.objectContaining({
        path: ['platform'],
        en: expect.stringContaining('platform sto is not a platform'),
      }),
      expect.objectContaining({
        path: ['effective_from'],
        en: expect.stringContaining(
          "effective_from 2025-07-01 is before the brand agreement jt-express-2025's",
        ),
      }),
    ]);
  });

  it('is refused when a clause of a brand clause’s id drops the brand’s rule', async () => {
    const textOnly = {
      ...franchisee,
      clauses: franchisee.clauses.map((c) =>
        c.id === 'fee-share' ? { id: c.id, title: c.title, text: c.text } : c,
      ),
    };
    const refused = await refusalOf(textOnly);
    expect((refused as AppError).issues).toEqual([
      expect.objectContaining({
        path: ['clauses', 0, 'id'],
        en: expect.stringContaining('replaces its rule ex.direct_fee_share by text only'),
      }),
    ]);
  });
});
