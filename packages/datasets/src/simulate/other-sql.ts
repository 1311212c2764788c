import { breachRateSql, type InjectableRule, type Scenario } from './scenario';
import { platformTableSql } from './reference';

const draw = (
  scenario: Scenario,
  rule: InjectableRule,
  salt: number,
  key: string,
  platform = 'platform',
  day = 'day',
) => `(rnd(${salt}, ${key}) < ${breachRateSql(scenario, rule, platform, day)})`;
const money = (cents: string) => `CAST((${cents}) * 0.01 AS DECIMAL(18,4))`;
const int = (expr: string) => `CAST(floor(${expr}) AS INTEGER)`;

/** Workers of one industry: (platform, wid, worker_id, district). */
function workersSql(
  table: string,
  industry: Parameters<typeof platformTableSql>[0],
  count: number,
  tag: string,
  salt: number,
) {
  return `CREATE TABLE ${table} AS
    SELECT p.platform, i AS wid, p.platform || '_${tag}_' || lpad(CAST(i AS VARCHAR), 7, '0') AS worker_id, d.name AS district
    FROM ${platformTableSql(industry, count)}, range(p.first, p.first + p.n) r(i)
    JOIN districts d ON rnd(${salt}, i, 0) >= d.lo AND rnd(${salt}, i, 0) < d.hi`;
}

/**
 * Express: each courier delivers 60–120 parcels a day for one franchisee. The courier's fee is 30–60 % of the
 * franchisee's per-piece income and paid directly, unless the scenario injects a breach. Payroll is due on the
 * 15th of the next month and paid on time in full unless a wage-arrears breach is injected.
 */
export function expressSql(scenario: Scenario, couriers: number): string[] {
  const k = 'wid, dn * 1000 + k';
  return [
    workersSql('couriers', 'express', couriers, 'cr', 50),
    `CREATE VIEW parcel_drawn AS
     SELECT c.*, dy.day, dy.dn, o.k,
       c.platform || '_fr_' || CAST(wid % 40 AS VARCHAR) AS franchisee_id,
       80 + ${int(`rnd(51, ${k}) * 70`)} AS hq_cents,
       CASE WHEN rnd(52, ${k}) < 0.5 THEN 30 + ${int(`rnd(53, ${k}) * 30`)} END AS cost_cents,
       ${draw(scenario, 'ex.direct_fee_share', 54, k)} AS share_bad,
       ${draw(scenario, 'ex.direct_payment', 55, k)} AS direct_bad
     FROM couriers c CROSS JOIN days dy CROSS JOIN range(120) o(k)
     WHERE isodow(dy.day) <> 7 AND o.k < 60 + ${int('rnd(56, wid, dy.dn) * 60')}`,
    `CREATE VIEW parcel_deliveries AS
     SELECT platform || '-P' || opaque_number(101, ${k}) AS parcel_id,
       platform AS company, franchisee_id, franchisee_id || '_o' || CAST(wid % 3 AS VARCHAR) AS outlet_id,
       worker_id AS courier_id, district,
       day + INTERVAL (480 + k * 5 + ${int(`rnd(57, ${k}) * 4`)}) MINUTE AS delivered_at,
       ${money('hq_cents')} AS hq_fee, ${money('cost_cents')} AS franchisee_cost,
       ${money(`CASE WHEN share_bad THEN greatest(1, ${int(`(hq_cents - coalesce(cost_cents, 0)) * (0.10 + rnd(58, ${k}) * 0.10)`)})
                     ELSE CAST(ceil((hq_cents - coalesce(cost_cents, 0)) * (0.30 + rnd(58, ${k}) * 0.30)) AS INTEGER) END`)} AS courier_fee,
       NOT direct_bad AS paid_direct
     FROM parcel_drawn`,
    `CREATE VIEW courier_payroll AS
     SELECT franchisee_id, courier_id, period, ${money('due_cents')} AS amount_due,
       ${money(`CASE WHEN kind = 'short' THEN ${int(`due_cents * (0.5 + rnd(61, wid, m) * 0.4)`)} WHEN kind = 'unpaid' THEN 0 ELSE due_cents END`)} AS amount_paid,
       due_date,
       CASE WHEN kind = 'unpaid' THEN NULL
            WHEN kind = 'late' THEN due_date + INTERVAL (3 + ${int('rnd(62, wid, m) * 18')}) DAY + INTERVAL 10 HOUR
            ELSE due_date - INTERVAL (${int('rnd(62, wid, m) * 3')}) DAY + INTERVAL 10 HOUR END AS paid_at
     FROM (
       SELECT c.platform || '_fr_' || CAST(c.wid % 40 AS VARCHAR) AS franchisee_id, c.worker_id AS courier_id, c.wid, mo.m,
         strftime(mo.month, '%Y-%m') AS period, CAST(mo.month + INTERVAL 1 MONTH + INTERVAL 14 DAY AS DATE) AS due_date,
         400000 + ${int('rnd(60, c.wid, mo.m) * 500000')} AS due_cents,
         CASE WHEN ${draw(scenario, 'ex.wage_arrears', 63, 'c.wid, mo.m', 'c.platform', 'mo.month')}
              THEN ['short', 'unpaid', 'late'][1 + ${int('rnd(64, c.wid, mo.m) * 3')}] ELSE 'paid' END AS kind
       FROM couriers c CROSS JOIN months mo)`,
  ];
}

/**
 * Ride-hailing: two sessions a day of 5–8 back-to-back trips of 8–25 minutes, so no driver reaches 240 minutes
 * of service without a 20-minute break or 600 billed minutes a day, and fares keep hourly income far above the
 * minimum. Commission is 6–18 % (12 % on average, so each platform's monthly mean stays under the 14 % it
 * discloses even with Didi's refund trips near 25 %); Didi refunds above its cap. Breaches raise commission, or
 * hide the bill or understate its rate by 3–7 points (never below zero).
 */
export function ridesSql(scenario: Scenario, drivers: number): string[] {
  const k = 'wid, dn * 100 + s * 10 + t';
  return [
    workersSql('ride_drivers', 'ride_hailing', drivers, 'dr', 70),
    `CREATE VIEW trip_base AS
     SELECT d.*, dy.day, dy.dn, s.s, t.t,
       8 + ${int(`rnd(71, ${k}) * 18`)} AS dur,
       sum(8 + ${int(`rnd(71, ${k}) * 18`)} + 3 + ${int(`rnd(72, ${k}) * 10`)}) OVER (PARTITION BY d.wid, dy.dn, s.s ORDER BY t.t ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS offset_min,
       CASE WHEN s.s = 0 THEN 420 ELSE 1020 END + ${int('rnd(73, d.wid, dy.dn * 2 + s.s) * 60')} AS start_min
     FROM ride_drivers d CROSS JOIN days dy CROSS JOIN (VALUES (0), (1)) s(s) CROSS JOIN range(8) t(t)
     WHERE isodow(dy.day) - 1 <> ${int('rnd(74, d.wid, dy.week) * 7')} AND t.t < 5 + ${int('rnd(75, d.wid, dy.dn * 2 + s.s) * 4')}`,
    `CREATE VIEW trip_priced AS
     SELECT *, day + INTERVAL (start_min + coalesce(offset_min, 0)) MINUTE AS pickup_at,
       dur * 300 + 800 + ${int(`rnd(76, ${k}) * 500`)} AS paid_cents,
       CASE WHEN rnd(77, ${k}) < 0.3 THEN 200 + ${int(`rnd(78, ${k}) * 600`)} ELSE 0 END AS coupon_cents,
       ${draw(scenario, 'rh.commission_cap', 79, k)} AS cap_bad,
       ${draw(scenario, 'rh.bill_transparency', 80, k)} AS bill_bad,
       CASE WHEN platform = 'didi' AND rnd(81, ${k}) < 0.1 THEN 'refund' END AS refund_kind,
       rnd(82, ${k}) AS r
     FROM trip_base`,
    `CREATE VIEW trip_money AS
     SELECT *,
       CASE WHEN cap_bad THEN ${int(`paid_cents * (1 - (0.29 + r * 0.06))`)}
            WHEN refund_kind = 'refund' THEN ${int(`paid_cents * (1 - (0.27 + r * 0.03))`)}
            ELSE ${int(`paid_cents * (1 - (0.06 + r * 0.12))`)} END AS income_cents
     FROM trip_priced`,
    `CREATE VIEW trip_final AS
     SELECT *, CASE WHEN refund_kind = 'refund' AND NOT cap_bad THEN CAST(ceil(income_cents * 0 + paid_cents * 0.75) AS INTEGER) - income_cents + 1 ELSE 0 END AS refund_cents
     FROM trip_money`,
    `CREATE VIEW ride_trips AS
     SELECT platform || '-T' || opaque_number(102, ${k}) AS trip_id,
       platform, worker_id AS driver_id, district,
       pickup_at - INTERVAL (5 + ${int(`rnd(83, ${k}) * 8`)}) MINUTE AS requested_at,
       pickup_at - INTERVAL (4) MINUTE AS accepted_at,
       pickup_at, pickup_at + INTERVAL (dur) MINUTE AS dropoff_at,
       CAST(dur * 0.5 AS DECIMAL(18,6)) AS distance_km,
       ${money('paid_cents')} AS passenger_paid, ${money('coupon_cents')} AS platform_coupon,
       ${money('income_cents')} AS driver_income, ${money('0')} AS tips, ${money('refund_cents')} AS refund,
       NOT (bill_bad AND rnd(84, ${k}) < 0.5) AS bill_shown,
       CAST(greatest(0, round((paid_cents - income_cents - refund_cents) / paid_cents, 4)
            - CASE WHEN bill_bad THEN 0.03 + ${int(`rnd(85, ${k}) * 5`)} * 0.01 ELSE 0 END) AS DECIMAL(18,6)) AS shown_commission_rate
     FROM trip_final`,
  ];
}

/**
 * Freight: 2–6 orders a day per driver. Commission is 8–12 % and at most 95 CNY; shippers mostly pay within
 * three days, and when they pay late the platform advances the freight within seven days, unless a breach is
 * injected.
 */
export function freightSql(scenario: Scenario, drivers: number): string[] {
  const k = 'wid, dn * 10 + o';
  return [
    workersSql('freight_drivers', 'freight', drivers, 'fd', 90),
    `CREATE VIEW freight_drawn AS
     SELECT d.*, dy.day, dy.dn, o.o,
       day + INTERVAL (420 + o.o * 150 + ${int(`rnd(91, ${k}) * 120`)}) MINUTE AS completed_at,
       6000 + ${int(`rnd(92, ${k}) * 144000`)} AS amount_cents,
       ${draw(scenario, 'fr.commission_abs_cap', 93, k)} AS cap_bad,
       ${draw(scenario, 'fr.peak_fee_cap', 94, k)} AS peak_bad,
       ${draw(scenario, 'fr.freight_advance', 95, k)} AS advance_bad,
       rnd(96, ${k}) AS r
     FROM freight_drivers d CROSS JOIN days dy CROSS JOIN range(6) o(o)
     WHERE o.o < 2 + ${int('rnd(97, d.wid, dy.dn) * 5')}`,
    `CREATE VIEW freight_orders AS
     SELECT platform || '-F' || opaque_number(103, ${k}) AS order_id,
       platform, worker_id AS driver_id, district, completed_at,
       ${money('CASE WHEN cap_bad THEN greatest(amount_cents, 100000) ELSE amount_cents END')} AS order_amount,
       ${money(`CASE WHEN cap_bad THEN 10050 + ${int('r * 5000')} ELSE least(9500, ${int('amount_cents * (0.08 + r * 0.04)')}) END`)} AS commission,
       ${money(`CASE WHEN peak_bad THEN ${int('amount_cents * (0.65 + r * 0.25)')} WHEN r < 0.3 THEN ${int('amount_cents * (0.05 + r)')} END`)} AS peak_fee,
       CASE WHEN advance_bad THEN (CASE WHEN r < 0.5 THEN NULL ELSE completed_at + INTERVAL (8 + ${int('r * 12')}) DAY END)
            WHEN r < 0.8 THEN completed_at + INTERVAL (${int('r * 3 * 24 * 60')}) MINUTE
            ELSE completed_at + INTERVAL (8 + ${int('r * 12')}) DAY END AS customer_paid_at,
       CASE WHEN advance_bad THEN (CASE WHEN r < 0.5 THEN NULL ELSE completed_at + INTERVAL (8 + ${int('r * 12')}) DAY + INTERVAL 1 HOUR END)
            WHEN r < 0.8 THEN completed_at + INTERVAL (${int('r * 3 * 24 * 60')} + 60) MINUTE
            ELSE completed_at + INTERVAL (8 + ${int('r * 12')}) DAY + INTERVAL 1 HOUR END AS driver_paid_at,
       CASE WHEN NOT advance_bad AND r >= 0.8 THEN completed_at + INTERVAL 6 DAY + INTERVAL 23 HOUR END AS advanced_at
     FROM freight_drawn`,
  ];
}
