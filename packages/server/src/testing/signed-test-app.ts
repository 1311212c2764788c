import { afterAll, beforeAll } from 'vitest';
import type { DatabaseKind } from '../platform/db/client';
import { createTestApp, requestsTo, signInEach, type Signed, type TestApp } from './test-app';

/**
 * A test app for the tests of one `describe`: started before them with its clock at `now` and `usernames` signed
 * in, closed after them. `as` holds each user's session by user name once the tests run; `get`, `post` and
 * `send` make requests as one of them.
 */
export function signedTestApp<U extends string>(
  engine: DatabaseKind,
  now: () => Date,
  usernames: readonly U[],
) {
  let started: TestApp | undefined;
  const as = {} as Record<U, Signed>;
  beforeAll(async () => {
    started = await createTestApp(engine, now);
    Object.assign(as, await signInEach(started.app, usernames));
  });
  afterAll(() => started?.close());
  const testApp = (): TestApp => {
    if (!started) throw new Error('the test app starts before the tests');
    return started;
  };
  return { as, testApp, ...requestsTo(() => testApp().app) };
}
