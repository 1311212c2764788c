import type { ErrorBody, EvaluationView, InferenceView } from '@gigpact/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../platform/db/testing';
import { createTestApp, signInAs, type Signed, type TestApp } from '../../../testing/test-app';

const evaluation = '/api/governance/agreements/eleme-shanghai-2025/evaluation';
const inference = '/api/governance/inference';

/** What the evaluation and the inference refuse in a request, before any data is read: no datasets are stored. */
describe.each(testEngines)('requests of the analyses on %s', (engine) => {
  let t: TestApp;
  let admin: Signed;
  let qingpu: Signed;
  let eleme: Signed;

  const get = (who: Signed, url: string) => t.app.inject({ method: 'GET', url, headers: who.headers });
  /** The one issue of a refused request, after checking it is a 400 with both languages. */
  const refusal = async (who: Signed, url: string) => {
    const response = await get(who, url);
    expect(response.statusCode, url).toBe(400);
    const body = response.json() as ErrorBody;
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.issues).toHaveLength(1);
    return body.error.issues![0]!;
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    admin = await signInAs(t.app, 'admin');
    qingpu = await signInAs(t.app, 'qingpu');
    eleme = await signInAs(t.app, 'eleme');
  });
  afterAll(() => t.close());

  it('refuses a district code the city does not have, naming the nearest or every district, never as not allowed', async () => {
    for (const url of [`${evaluation}?district=310199`, `${inference}?district=310199`]) {
      const issue = await refusal(admin, url);
      expect(issue.path).toEqual(['querystring', 'district']);
      expect(issue.zh).toBe('district：310199 不是本市的区代码；最接近的：310109 虹口区');
      expect(issue.en).toBe('district: 310199 is not a district of the city; nearest: 310109 Hongkou');
    }
    for (const who of [admin, qingpu, eleme]) {
      const issue = await refusal(who, `${inference}?district=999999`);
      expect(issue.en).toMatch(
        /^district: 999999 is not a district of the city; its districts: 310101 Huangpu, /,
      );
      expect(issue.zh).toContain('310118 青浦区');
    }
    // A district the city has but the officer's is not stays not allowed.
    expect((await get(qingpu, `${inference}?district=310101`)).statusCode).toBe(403);
  });

  it('refuses a platform the registry does not know, listing the industry’s registered platforms', async () => {
    const unknown = await refusal(admin, `${inference}?platform=nosuch`);
    expect(unknown.path).toEqual(['querystring', 'platform']);
    expect(unknown.en).toMatch(
      /^platform: nosuch is not a platform of the registry; the registry's food delivery platforms: /,
    );
    expect(unknown.en).toContain('eleme (Taobao Flash (Ele.me))');
    expect(unknown.en).not.toContain('didi');
    expect(unknown.zh).toContain('登记的网约配送平台：');
    const nyc = await refusal(admin, `${inference}?industry=ride_hailing&platform=HV0003`);
    expect(nyc.en).toContain('ride-hailing platforms: ');
    expect(nyc.en).toContain('didi (DiDi)');
    expect((await refusal(admin, `${evaluation}?platform=Eleme`)).en).toContain('(did you mean eleme?)');
    // A representative asking for a platform that does not exist is told so, not that it is not theirs.
    expect((await refusal(eleme, `${inference}?platform=nosuch`)).path).toEqual(['querystring', 'platform']);
    expect((await get(eleme, `${inference}?platform=meituan`)).statusCode).toBe(403);
  });

  it('answers a registered platform without rows with an empty analysis', async () => {
    const response = await get(admin, `${inference}?platform=dada`);
    expect(response.statusCode).toBe(200);
    const view = response.json() as InferenceView;
    expect(view.scope.platform).toBe('dada');
    expect(view.platforms).toEqual([]);
  });

  it('refuses a metric the agreement’s industry does not measure, naming those it does', async () => {
    const issue = await refusal(admin, `${evaluation}?metric=commission_mean`);
    expect(issue.path).toEqual(['querystring', 'metric']);
    expect(issue.en).toMatch(
      /^metric: commission_mean is not measured for a food delivery agreement; measured: late_rate, penalty_rate, /,
    );
    expect(issue.en).toContain('hourly_pay_p50');
    expect(issue.en).not.toContain('ride_');
    expect(issue.zh).toContain('不是网约配送协议测量的指标');
    const rides = await get(
      admin,
      '/api/governance/agreements/ride-hailing-shanghai-2025/evaluation?metric=commission_mean&replicates=50',
    );
    expect(rides.statusCode).toBe(200);
  });

  it('refuses a name that is no metric at all with the metrics of the agreement’s industry alone', async () => {
    const issue = await refusal(admin, `${evaluation}?metric=bogus`);
    expect(issue.path).toEqual(['querystring', 'metric']);
    expect(issue.en).toMatch(
      /^metric: bogus is not measured for a food delivery agreement; measured: late_rate, /,
    );
    expect(issue.en).not.toMatch(/ride_|courier_|freight_|commission_mean/);
  });

  it('refuses a parameter the analysis does not take, rather than answering as if it were not there', async () => {
    const range = await get(admin, `${evaluation}?from=2025-05-10&to=2025-04-01`);
    expect(range.statusCode).toBe(400);
    const issues = (range.json() as ErrorBody).error.issues!;
    expect(issues.map((issue) => issue.path)).toEqual([
      ['querystring', 'from'],
      ['querystring', 'to'],
    ]);
    expect(issues[0]).toMatchObject({
      zh: expect.stringMatching(/^from：不是此处可用的查询参数（可用：.*\bplatform\b.*）$/),
      en: expect.stringMatching(
        /^from: not a query parameter this address takes \(it takes: .*\bplatform\b.*\)$/,
      ),
    });
    expect((await get(admin, `${inference}?industry=ride_hailing&seed=3&replicates=9`)).statusCode).toBe(400);
  });

  it('says in each language what is wrong with a malformed district or platform code', async () => {
    const district = await refusal(admin, `${evaluation}?district=abc`);
    expect(district).toEqual({
      path: ['querystring', 'district'],
      zh: 'district：不是区代码：应为 6 位数字，如 310118',
      en: 'district: not a district code: 6 digits, such as 310118',
    });
    const platform = await refusal(admin, `${inference}?platform=a`);
    expect(platform.zh).toMatch(/^platform：不是平台代码：应为 2–32 个字母、数字或 _/);
    expect(platform.en).toMatch(/^platform: not a platform code: 2–32 letters, digits or _/);
    expect(platform.en).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('reads an empty parameter as not given', async () => {
    const view = (
      await get(admin, `${evaluation}?replicates=&seed=&platform=&district=&metric=`)
    ).json() as EvaluationView;
    expect(view).toMatchObject({
      replicates: 200,
      seed: 20250501,
      scope: { platform: null, district: null },
    });
    const inferred = await get(admin, `${inference}?industry=&seed=&platform=&district=`);
    expect(inferred.statusCode).toBe(200);
    expect((inferred.json() as InferenceView).industry).toBe('food_delivery');
    expect((await refusal(admin, `${evaluation}?replicates=10`)).path).toEqual(['querystring', 'replicates']);
  });

  it('says an unknown agreement is not found, in both languages', async () => {
    for (const who of [admin, eleme]) {
      const response = await get(
        who,
        '/api/governance/agreements/no-such-agreement/evaluation?district=310199',
      );
      expect(response.statusCode).toBe(404);
      expect((response.json() as ErrorBody).error.message).toEqual({
        zh: '找不到该协议',
        en: 'Agreement not found',
      });
    }
  });
});
