import { eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/client';
import { installationSettings } from './schema';

export async function readSetting<T>(db: Database, key: string): Promise<T | undefined> {
  const [row] = await db
    .select()
    .from(installationSettings)
    .where(eq(installationSettings.key, key))
    .limit(1);
  return row?.value as T | undefined;
}

export async function writeSetting(db: Database, key: string, value: unknown): Promise<void> {
  await db
    .insert(installationSettings)
    .values({ key, value })
    .onConflictDoUpdate({ target: installationSettings.key, set: { value, updatedAt: new Date() } });
}
