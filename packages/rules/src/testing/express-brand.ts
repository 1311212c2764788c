import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadAgreement } from '../agreement/load';

/** The shipped agreements' folder (`packages/rules/agreements/`). */
const agreementsDir = path.resolve(import.meta.dirname, '../../agreements');

/** Every shipped agreement file, the studies included, as a path within the agreements' folder. */
export const shippedFiles = readdirSync(agreementsDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
  f.endsWith('.yaml'),
);

/** The text of a shipped agreement file (`jt-express-2025.yaml`, `studies/….yaml`). */
export const shippedText = (name: string) => readFileSync(path.join(agreementsDir, name), 'utf8');

/** One of the shipped agreements, loaded. */
export const shipped = (name: string) => loadAgreement(shippedText(name), name);

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
