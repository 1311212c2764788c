import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadAgreement } from '../agreement/load';

/** One of the shipped agreements (`packages/rules/agreements/`), loaded. */
export const shipped = (name: string) =>
  loadAgreement(readFileSync(path.resolve(import.meta.dirname, '../../agreements', name), 'utf8'), name);

/**
 * A brand agreement for secondary-agreement tests, as YAML: STO in Qingpu and Songjiang from 2025-08-01 to
 * 2025-10-31, a courier's share that rises from 30 % to 35 % on 2025-09-16, and direct payment. Tests add clauses
 * after it.
 */
export const expressBrandText = `
id: exb-2025
title: 测试品牌
industry: express
platform: [sto]
effective_from: 2025-08-01
effective_to: 2025-10-31
scope: { districts: [青浦区, Songjiang] }
clauses:
  - id: share
    title: 派费分成
    text: 不低于30%，9月16日起35%。
    rule: ex.direct_fee_share
    params: { min_share: [{ from: 2025-08-01, value: 0.3 }, { from: 2025-09-16, value: 0.35 }] }
  - id: direct
    title: 派费直达
    text: 直接发放。
    rule: ex.direct_payment
`;
