import { count } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createUser } from '../modules/accounts/commands/createUser';
import { users } from '../modules/accounts/schema';
import { openTestDatabase, testEngines, type TestDatabase } from '../platform/db/testing';
import { DemoDataRefused, hasDemoData, seedDemoData } from './seed';

describe.each(testEngines)('demo data on %s', (engine) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.drop();
    database = undefined;
  });

  it('is refused, with nothing written, where the database holds an account of its own', async () => {
    database = await openTestDatabase(engine);
    await createUser(database.db, {
      username: 'chen',
      displayName: '陈主任',
      role: 'city_admin',
      area: 'city:310000',
      password: 'A-long-enough-Passw0rd',
    });
    const seeding = seedDemoData(database.db, '2026-11-28');
    await expect(seeding).rejects.toThrow(DemoDataRefused);
    await expect(seeding).rejects.toThrow(/1 accounts and 0 platforms that are not the demo's/);
    expect(await hasDemoData(database.db)).toBe(false);
    expect((await database.db.select({ n: count() }).from(users))[0]!.n).toBe(1);
  });

  it('is written into an empty database once, and a restart leaves it as it is', async () => {
    database = await openTestDatabase(engine);
    expect(await seedDemoData(database.db, '2026-11-28')).toBe(true);
    const accounts = (await database.db.select({ n: count() }).from(users))[0]!.n;
    expect(accounts).toBeGreaterThan(0);
    expect(await seedDemoData(database.db, '2026-11-28')).toBe(false);
    expect((await database.db.select({ n: count() }).from(users))[0]!.n).toBe(accounts);
  });
});
