import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../platform/db/testing';
import { createTestApp, signInAs, type TestApp } from '../../testing/test-app';

describe.each(testEngines)('dashboard on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  const figuresOf = async (username: string) => {
    const signed = await signInAs(t.app, username);
    const response = await t.app.inject({ method: 'GET', url: '/api/dashboard', headers: signed.headers });
    expect(response.statusCode).toBe(200);
    return Object.fromEntries(
      (response.json().figures as { key: string; value: number; of: number | null; link: string }[]).map(
        (f) => [f.key, f],
      ),
    );
  };

  it('gives the city the reply’s figures and a district its own share, each linked to its list', async () => {
    const city = await figuresOf('admin');
    expect(city.platformsWithUnion).toMatchObject({ value: 25, of: 30 });
    expect(city.federations!.value).toBeGreaterThanOrEqual(251);
    expect(city.members!.value).toBeGreaterThan(30_000);
    expect(city.agreementsInForce!.value).toBeGreaterThanOrEqual(3);
    const qingpu = await figuresOf('qingpu');
    expect(qingpu.members!.value).toBeGreaterThan(0);
    expect(qingpu.members!.value).toBeLessThan(city.members!.value);
    expect(qingpu.enterprisesWithUnion!.of).toBeLessThan(city.enterprisesWithUnion!.of!);
  });

  it('links each figure to the list that shows the same number', async () => {
    const city = await figuresOf('admin');
    expect(city.agreementsInForce!.link).toBe('/agreements?status=in_force');
    expect(city.openCases!.link).toBe('/cases?state=open');
    expect(city.openFindings!.link).toBe('/audits/findings?state=open');
    expect(city.platformsWithUnion!.link).toBe('/registry/platforms');
    const platform = await figuresOf('eleme');
    expect(platform.agreementsInForce!.link).toBe('/agreements?status=in_force');
    expect(platform.openFindings!.link).toBe('/audits/findings?state=open');
  });

  it('leaves out what a role may not open', async () => {
    const platform = await figuresOf('eleme');
    expect(Object.keys(platform)).toEqual(['agreementsInForce', 'openFindings']);
    expect(platform.openFindings!.value).toBe(0);
    const worker = await figuresOf('rider');
    expect(worker).toEqual({});
  });
});
