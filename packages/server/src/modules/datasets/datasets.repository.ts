import type { DatasetKind, DatasetQuery } from '@gigpact/contracts';
import type { DatasetManifest } from '@gigpact/datasets';
import { and, count, desc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../platform/db/client';
import { users } from '../accounts/schema';
import { datasets, type DatasetRow } from './schema';

export interface DatasetListed {
  dataset: DatasetRow;
  createdByName: string | null;
}

/** The one platform a dataset belongs to: the upload's, or the only one its rows name. */
export function platformOfManifest(manifest: DatasetManifest): string | null {
  return manifest.platform ?? (manifest.platforms.length === 1 ? (manifest.platforms[0] ?? null) : null);
}

/**
 * Writes the catalogue row of a stored dataset. The data itself is immutable and named by its content hash, so a
 * second row for the same id is never needed: the first one stays.
 */
export async function recordDataset(
  db: Database,
  manifest: DatasetManifest,
  createdBy: string | null,
): Promise<void> {
  await db
    .insert(datasets)
    .values({
      id: manifest.datasetId,
      kind: manifest.kind,
      format: manifest.format,
      sourceFileName: manifest.source.fileName,
      platform: platformOfManifest(manifest),
      periodStart: manifest.period.start?.slice(0, 10) ?? null,
      periodEnd: manifest.period.end?.slice(0, 10) ?? null,
      rowsAccepted: manifest.rowsAccepted,
      rowsRejected: manifest.rowsRejected,
      rowsSkipped: manifest.rowsSkipped,
      dataModelVersion: String(manifest.dataModelVersion),
      manifest,
      createdBy,
      createdAt: new Date(manifest.createdAt),
    })
    .onConflictDoNothing({ target: datasets.id });
}

/**
 * Which datasets one platform may see: its own (by the upload's platform, or every row naming it) and the public
 * kinds.
 */
function ofPlatform(code: string, publicKinds: readonly DatasetKind[]): SQL | undefined {
  return or(
    eq(datasets.platform, code),
    and(isNull(datasets.platform), sql`${datasets.manifest}->'platforms' = ${JSON.stringify([code])}::jsonb`),
    publicKinds.length ? inArray(datasets.kind, [...publicKinds]) : undefined,
  );
}

function filters(query: Partial<DatasetQuery>, visibleTo: VisibleTo): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (visibleTo.platform !== undefined)
    conditions.push(ofPlatform(visibleTo.platform, visibleTo.publicKinds));
  if (query.kind) conditions.push(eq(datasets.kind, query.kind));
  if (query.platform)
    conditions.push(
      or(eq(datasets.platform, query.platform), sql`${datasets.manifest}->'platforms' ? ${query.platform}`),
    );
  // Period overlap: a dataset from March to May is found by a search for April.
  if (query.from) conditions.push(or(isNull(datasets.periodEnd), gte(datasets.periodEnd, query.from)));
  if (query.to) conditions.push(or(isNull(datasets.periodStart), lte(datasets.periodStart, query.to)));
  return and(...conditions);
}

/** Everyone, or one platform's own datasets plus the public kinds. */
export interface VisibleTo {
  platform?: string;
  publicKinds: readonly DatasetKind[];
}

/** A page of the catalogue, newest first. */
export async function listDatasetRows(
  db: Database,
  query: DatasetQuery,
  visibleTo: VisibleTo,
): Promise<{ items: DatasetListed[]; total: number }> {
  const where = filters(query, visibleTo);
  const [items, [totals]] = await Promise.all([
    db
      .select({ dataset: datasets, createdByName: users.username })
      .from(datasets)
      .leftJoin(users, eq(users.id, datasets.createdBy))
      .where(where)
      .orderBy(desc(datasets.createdAt), desc(datasets.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(datasets).where(where),
  ]);
  return { items, total: totals?.total ?? 0 };
}

export async function findDatasetRow(db: Database, id: string): Promise<DatasetListed | undefined> {
  const [found] = await db
    .select({ dataset: datasets, createdByName: users.username })
    .from(datasets)
    .leftJoin(users, eq(users.id, datasets.createdBy))
    .where(eq(datasets.id, id));
  return found;
}

/** The ids of stored datasets that begin with `start` (hex digits, as a shortened id is given), at most `limit`. */
export async function datasetIdsStartingWith(db: Database, start: string, limit = 5): Promise<string[]> {
  if (!/^[0-9a-f]+$/.test(start)) return [];
  const rows = await db
    .select({ id: datasets.id })
    .from(datasets)
    .where(sql`${datasets.id} LIKE ${`${start}%`}`)
    .orderBy(datasets.id)
    .limit(limit);
  return rows.map((r) => r.id);
}
