import type { FindingView } from '@gigpact/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../platform/db/testing';
import { signInAs, type Signed } from '../../../testing/test-app';
import { auditedTrips, type AuditedTrips } from '../testing/audited-trips';

const agreementSource = [
  'id: ride-month-places-test',
  'title: 网约车月度发现归属测试协议',
  'industry: ride_hailing',
  'effective_from: 2025-01-01',
  'clauses:',
  '  - { id: average, title: 平均抽成, text: 月均抽成不高于公示, rule: rh.avg_commission_disclosed, params: { disclosed_average: 0.1 } }',
].join('\n');

// A platform's month of 1,200 trips at 30 % commission: all in Huangpu but the last one, in Qingpu, whose id
// sorts after the first 1,000 that a finding lists.
const tripCount = 1_200;
const trips = [
  'trip_id,platform,driver_id,district,pickup_at,dropoff_at,passenger_paid,driver_income',
  ...Array.from({ length: tripCount }, (_, n) => {
    const day = String(1 + (n % 28)).padStart(2, '0');
    const district = n === tripCount - 1 ? '青浦区' : '黄浦区';
    return `T${String(n).padStart(5, '0')},didi,d${n % 30},${district},2025-09-${day} 08:00:00,2025-09-${day} 08:30:00,100.00,70.00`;
  }),
].join('\n');

describe.each(testEngines)('a platform’s month over more trips than its finding lists, on %s', (engine) => {
  let audited: AuditedTrips;
  let qingpu: Signed;

  const findings = async (who: Signed) =>
    (
      await audited.t.app.inject({
        method: 'GET',
        url: `/api/audits/runs/${audited.run.id}/findings?pageSize=50`,
        headers: who.headers,
      })
    ).json() as { items: FindingView[]; total: number };

  beforeAll(async () => {
    audited = await auditedTrips(engine, trips, agreementSource, 'ride-month-places-test');
    qingpu = await signInAs(audited.t.app, 'qingpu');
  }, 120_000);
  afterAll(() => audited.close());

  it('reaches the officers of a district whose only trip comes after the first 1,000 listed', async () => {
    const [month] = (await findings(audited.admin)).items;
    expect(month).toMatchObject({ clauseId: 'average', platform: 'didi', month: '2025-09', district: null });
    expect(month!.evidence).toHaveLength(1_001);
    expect(month!.evidence.at(-1)).toBe(`T${String(tripCount - 1).padStart(5, '0')}`);
    expect(month!.districts.sort()).toEqual(['310101', '310118']);
    expect((await findings(qingpu)).items.map((f) => f.clauseId)).toEqual(['average']);
  });
});
