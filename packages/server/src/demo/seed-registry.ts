import { randomUUID } from 'node:crypto';
import type { Database } from '../platform/db/client';
import { insertInBatches } from '../platform/db/batch';
import {
  enterprises,
  grids,
  memberships,
  organisations,
  platforms,
  workforce,
} from '../modules/registry/schema';
import { demoPlatforms } from './demo-platforms';
import { generateRegistryDemo } from './registry-demo';

/** Writes the demo registry (see `generateRegistryDemo`) in batches. */
export async function seedRegistryDemo(db: Database, today: string): Promise<void> {
  const demo = generateRegistryDemo(today);
  const platformIds = new Map(demoPlatforms.map((p) => [p.code, randomUUID()]));
  await insertInBatches(
    db,
    platforms,
    demoPlatforms.map((p) => ({ ...p, id: platformIds.get(p.code)! })),
  );

  const gridIds = new Map<string, string>();
  const gridRows = demo.organisations
    .filter((o) => o.gridName)
    .map((o) => {
      const id = randomUUID();
      gridIds.set(o.key, id);
      return { id, street: o.regionCode, name: o.gridName! };
    });
  await insertInBatches(db, grids, gridRows);

  const enterpriseIds = new Map(demo.enterprises.map((e) => [e.key, randomUUID()]));
  await insertInBatches(
    db,
    enterprises,
    demo.enterprises.map((e) => ({
      id: enterpriseIds.get(e.key)!,
      kind: e.kind,
      name: e.name,
      creditCode: e.creditCode,
      platformId: platformIds.get(e.platformCode)!,
      parentId: e.parentKey ? enterpriseIds.get(e.parentKey)! : null,
      district: e.district,
      street: e.street,
      unionStatus: e.unionStatus,
      unionFoundedOn: e.unionFoundedOn,
      workers: e.workers,
    })),
  );

  const organisationIds = new Map(demo.organisations.map((o) => [o.key, randomUUID()]));
  await insertInBatches(
    db,
    organisations,
    demo.organisations.map((o) => ({
      id: organisationIds.get(o.key)!,
      name: o.name,
      kind: o.kind,
      parentId: o.parentKey ? organisationIds.get(o.parentKey)! : null,
      regionCode: o.regionCode,
      gridId: gridIds.get(o.key) ?? null,
      platformId: o.platformCode ? platformIds.get(o.platformCode)! : null,
      enterpriseId: o.enterpriseKey ? enterpriseIds.get(o.enterpriseKey)! : null,
      industry: o.industry,
      foundedOn: o.foundedOn,
      status: o.status,
      contactName: o.contactName,
      contactPhone: o.contactPhone,
    })),
  );

  await insertInBatches(
    db,
    memberships,
    demo.memberships.map((m) => ({
      workerId: m.workerId,
      organisationId: organisationIds.get(m.organisationKey)!,
      platformId: platformIds.get(m.platformCode)!,
      enterpriseId: m.enterpriseKey ? enterpriseIds.get(m.enterpriseKey)! : null,
      district: m.district,
      street: m.street,
      joinedOn: m.joinedOn,
      leftOn: m.leftOn,
    })),
  );
  await insertInBatches(
    db,
    workforce,
    demo.workforce.map((w) => ({ ...w, platformId: platformIds.get(w.platformCode)! })),
  );
}
