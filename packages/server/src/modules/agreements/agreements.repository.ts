import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client';
import { agreements, agreementVersions, type AgreementRow, type AgreementVersionRow } from './schema';

export async function listAgreements(
  db: Database,
  filter: { status?: AgreementRow['status'][] | undefined; industry?: string | undefined } = {},
): Promise<{ agreement: AgreementRow; version: AgreementVersionRow }[]> {
  const conditions = [
    filter.status
      ? sql`${agreements.status} in (${sql.join(
          filter.status.map((s) => sql`${s}`),
          sql`, `,
        )})`
      : undefined,
    filter.industry ? eq(agreements.industry, filter.industry as AgreementRow['industry']) : undefined,
  ];
  return db
    .select({ agreement: agreements, version: agreementVersions })
    .from(agreements)
    .innerJoin(
      agreementVersions,
      and(
        eq(agreementVersions.agreementId, agreements.id),
        eq(agreementVersions.number, agreements.currentVersion),
      ),
    )
    .where(and(...conditions))
    .orderBy(asc(agreements.industry), desc(agreements.effectiveFrom), asc(agreements.id));
}

export async function findAgreement(db: Database, id: string): Promise<AgreementRow | undefined> {
  const [row] = await db.select().from(agreements).where(eq(agreements.id, id)).limit(1);
  return row;
}

export async function findVersion(
  db: Database,
  id: string,
  number: number,
): Promise<AgreementVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(agreementVersions)
    .where(and(eq(agreementVersions.agreementId, id), eq(agreementVersions.number, number)))
    .limit(1);
  return row;
}

export async function listVersions(db: Database, id: string): Promise<AgreementVersionRow[]> {
  return db
    .select()
    .from(agreementVersions)
    .where(eq(agreementVersions.agreementId, id))
    .orderBy(desc(agreementVersions.number));
}

export async function insertAgreement(db: Database, row: typeof agreements.$inferInsert): Promise<void> {
  await db.insert(agreements).values(row);
}

export async function insertVersion(db: Database, row: typeof agreementVersions.$inferInsert): Promise<void> {
  await db.insert(agreementVersions).values(row);
}

/** Changes an agreement if it is still at `rowVersion`; undefined when someone changed it first. */
export async function updateAgreement(
  db: Database,
  id: string,
  rowVersion: number,
  patch: Partial<typeof agreements.$inferInsert>,
): Promise<AgreementRow | undefined> {
  const [row] = await db
    .update(agreements)
    .set({ ...patch, rowVersion: sql`${agreements.rowVersion} + 1`, updatedAt: sql`now()` })
    .where(and(eq(agreements.id, id), eq(agreements.rowVersion, rowVersion)))
    .returning();
  return row;
}
