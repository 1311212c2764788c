import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { AppContext } from '../app-context';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { seedDemoData } from '../demo/seed';
import { cityDate } from '../platform/clock';
import { demoPassword } from '../demo/demo-accounts';
import type { DatabaseKind } from '../platform/db/client';
import { openTestDatabase, type TestDatabase } from '../platform/db/testing';

/** A real application on a real database (PGlite or PostgreSQL), migrated and seeded with the demo accounts. */
export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  database: TestDatabase;
  close(): Promise<void>;
}

export async function createTestApp(
  engine: DatabaseKind,
  now: () => Date = () => new Date(),
): Promise<TestApp> {
  const database = await openTestDatabase(engine);
  await seedDemoData(database.db, cityDate(now()));
  const ctx: AppContext = {
    db: database.db,
    databaseKind: database.kind,
    config: loadConfig({ GIGPACT_DATA_DIR: '/nonexistent-test-dir' }),
    startedAt: new Date(),
    now,
    readiness: { ready: true },
    demo: { seeded: true },
  };
  const app = await buildApp(ctx);
  await app.ready();
  return {
    app,
    ctx,
    database,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

export interface Signed {
  cookie: string;
  csrfToken: string;
  headers: Record<string, string>;
}

export async function signInAs(
  app: FastifyInstance,
  username: string,
  password = demoPassword,
): Promise<Signed> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { username, password },
    remoteAddress: nextTestAddress(),
  });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${response.body}`);
  const cookie = sessionCookieOf(response);
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}

let addressCounter = 0;
/** A fresh client address per sign-in, so the login rate limit (per address) does not span unrelated tests. */
export function nextTestAddress(): string {
  addressCounter += 1;
  return `198.51.${Math.floor(addressCounter / 250) % 250}.${(addressCounter % 250) + 1}`;
}

export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'gigpact_session');
  if (!cookie) throw new Error('no session cookie set');
  return `gigpact_session=${cookie.value}`;
}

/** Each of `usernames` signed in to `app`, by user name. */
export async function signInEach<U extends string>(
  app: FastifyInstance,
  usernames: readonly U[],
): Promise<Record<U, Signed>> {
  const signed = {} as Record<U, Signed>;
  for (const username of usernames) signed[username] = await signInAs(app, username);
  return signed;
}

/**
 * Requests to a test's application as a signed-in user. The application is asked for at each request, as tests
 * start it in `beforeAll`.
 */
export function requestsTo(app: () => FastifyInstance) {
  const send = (who: Signed, method: 'POST' | 'PUT', url: string, payload: unknown) =>
    app().inject({ method, url, headers: who.headers, payload: payload as object });
  return {
    get: (who: Signed, url: string) => app().inject({ method: 'GET', url, headers: who.headers }),
    post: (who: Signed, url: string, payload: unknown) => send(who, 'POST', url, payload),
    send,
  };
}
