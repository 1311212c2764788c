import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../platform/db/testing';
import { createTestApp, signInAs, type Signed, type TestApp } from '../../testing/test-app';
import { holidayCalendar } from './working-days/calendar';

const lastYear = holidayCalendar().lastKnownYear;

describe.each(testEngines)('deadlines past the known calendar on %s', (engine) => {
  let t: TestApp;
  let rider: Signed;
  let xujing: Signed;
  beforeAll(async () => {
    // The 28th of December of the last year the bundled calendar knows, in Shanghai.
    t = await createTestApp(engine, () => new Date(`${lastYear}-12-28T02:00:00Z`));
    rider = await signInAs(t.app, 'rider');
    xujing = await signInAs(t.app, 'xujing');
  });
  afterAll(() => t.close());

  it('computes the due date and says it may miss next year’s holidays', async () => {
    const filed = await t.app.inject({
      method: 'POST',
      url: '/api/cases/complaints',
      headers: rider.headers,
      payload: {
        type: 'other',
        title: '年底投诉',
        description: '年底提交的投诉，受理期限跨年。',
        district: '310118',
        street: '310118106',
        workerName: '王小明',
        workerPhone: '13812345678',
      },
    });
    const detail = (
      await t.app.inject({ method: 'GET', url: `/api/cases/${filed.json().id}`, headers: xujing.headers })
    ).json();
    const [triage] = detail.deadlines;
    expect(triage.dueOn.startsWith(String(lastYear + 1))).toBe(true);
    expect(triage.calendarWarning.zh).toContain(`至 ${lastYear} 年`);
    expect(triage.calendarWarning.en).toContain('holidays may be missing');
  });
});
