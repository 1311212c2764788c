import { breachRateSql, type Scenario } from './scenario';
import { platformTableSql } from './reference';

/** 1 when the row breaks `rule` this time: a seeded draw against the scenario's rate for the row's platform and day. */
const draw = (scenario: Scenario, rule: Parameters<typeof breachRateSql>[1], salt: number, key: string) =>
  `(rnd(${salt}, ${key}) < ${breachRateSql(scenario, rule, 'platform', 'day')})`;

/**
 * Food-delivery orders. Riders work up to two sessions a day (lunch and dinner) of 8–14 orders accepted about
 * ten minutes apart, with one rest day per ISO week: by construction no rider reaches 240 minutes without a
 * 20-minute rest, 720 working minutes a day, seven days a week, or an hourly pay near 25 CNY, so the only
 * violations are the row-level ones the scenario injects. An order pays 9 CNY, 2 CNY per km of its distance and
 * up to 4 CNY more drawn at random (at least 10 CNY, as platforms price by distance), besides subsidies. All times
 * are whole minutes and weather alerts turn over at :30 seconds, so no order sits on an alert boundary.
 */
export function deliveryOrdersSql(scenario: Scenario, riders: number): string[] {
  const k = 'rid, dn * 100 + s * 20 + k';
  return [
    `CREATE TABLE riders AS
     SELECT p.platform, i AS rid, p.platform || '_rd_' || lpad(CAST(i AS VARCHAR), 7, '0') AS rider_id,
       CASE WHEN rnd(1, i, 0) < 0.4 THEN 'dedicated' ELSE 'crowd' END AS rider_type,
       CASE WHEN rnd(1, i, 0) < 0.4 THEN p.platform || '_pt_' || CAST(i % 25 AS VARCHAR) END AS partner_id,
       d.name AS district
     FROM ${platformTableSql('food_delivery', riders)}, range(p.first, p.first + p.n) r(i)
     JOIN districts d ON rnd(2, i, 0) >= d.lo AND rnd(2, i, 0) < d.hi`,
    `CREATE VIEW delivery_base AS
     SELECT *, accepted_at - INTERVAL (CAST(floor(rnd(35, ${k}) * 3) AS INTEGER)) MINUTE AS created_at FROM (
     SELECT r.*, dy.day, dy.dn, s.s, o.k,
       dy.day + INTERVAL (CASE WHEN s.s = 0 THEN 630 ELSE 1020 END + CAST(floor(rnd(4, rid, dy.dn * 2 + s.s) * 60) AS INTEGER)) MINUTE
         + INTERVAL (o.k * 10 + CAST(floor(rnd(5, ${k}) * 4) AS INTEGER)) MINUTE AS accepted_at,
       500 + CAST(floor(rnd(6, ${k}) * 4500) AS INTEGER) AS distance_m,
       rnd(7, ${k}) < 0.03 AS cancelled
     FROM riders r CROSS JOIN days dy CROSS JOIN (VALUES (0), (1)) s(s) CROSS JOIN range(14) o(k)
     WHERE isodow(dy.day) - 1 <> CAST(floor(rnd(9, rid, dy.week) * 7) AS INTEGER)
       AND rnd(3, rid, dy.dn) > 0.15
       AND o.k < 8 + CAST(floor(rnd(8, rid, dy.dn * 2 + s.s) * 7) AS INTEGER))`,
    `CREATE VIEW delivery_drawn AS
     SELECT b.*, coalesce(e.level, 0) AS alert FROM delivery_base b LEFT JOIN episodes e
       ON e.district = b.district AND e.dn = b.dn AND b.created_at >= e.starts_at AND b.created_at < e.ends_at`,
    `CREATE VIEW delivery_drawn2 AS
     SELECT *,
       NOT cancelled AND ${draw(scenario, 'fd.eta_speed_floor', 20, k)} AS eta_bad,
       NOT cancelled AND ${draw(scenario, 'fd.late_penalty_exemption', 21, k)} AS late_exempt_bad,
       NOT cancelled AND ${draw(scenario, 'fd.no_late_money_penalty', 22, k)} AS late_bad,
       NOT cancelled AND ${draw(scenario, 'fd.bad_review_no_deduction', 23, k)} AS review_bad,
       NOT cancelled AND ${draw(scenario, 'fd.fee_shown_before_accept', 24, k)} AS fee_bad,
       NOT cancelled AND ${draw(scenario, 'fd.weather_subsidy', 25, k)} AS subsidy_bad,
       300 + 0.24 * distance_m AS threshold_s
     FROM delivery_drawn`,
    `CREATE VIEW delivery_shaped AS
     SELECT *,
       CASE WHEN eta_bad THEN CAST(floor((threshold_s - 60) / 60) AS INTEGER) - CAST(floor(rnd(30, ${k}) * 4) AS INTEGER)
            ELSE CAST(ceil((threshold_s + 60) / 60) AS INTEGER) + CAST(floor(rnd(30, ${k}) * 10) AS INTEGER) END AS allowed_min,
       late_exempt_bad OR late_bad OR (rnd(31, ${k}) < 0.08) AS late,
       CASE WHEN late_exempt_bad OR late_bad THEN 200 + CAST(floor(rnd(32, ${k}) * 300) AS INTEGER)
            WHEN review_bad THEN 500 + CAST(floor(rnd(32, ${k}) * 500) AS INTEGER) END AS penalty_cents,
       CASE WHEN late_exempt_bad OR late_bad THEN 'late' WHEN review_bad THEN 'bad_review' END AS penalty_reason,
       CASE WHEN alert >= 2 AND NOT subsidy_bad THEN 200 + CAST(floor(rnd(33, ${k}) * 4) AS INTEGER) * 100
            WHEN alert < 2 AND hour(accepted_at) >= 21 THEN 100 ELSE 0 END AS subsidy_cents,
       900 + CAST(floor(distance_m / 5) AS INTEGER) + CAST(floor(rnd(34, ${k}) * 400) AS INTEGER) AS base_cents,
       accepted_at + INTERVAL (2 + CAST(floor(rnd(36, ${k}) * 4) AS INTEGER)) MINUTE AS arrived_at,
       -3 + CAST(floor(rnd(37, ${k}) * 12) AS INTEGER) AS wait_min
     FROM delivery_drawn2`,
    `CREATE VIEW delivery_orders AS
     SELECT 'D' || opaque_number(100, ${k}) AS order_id,
       platform, rider_id, rider_type, partner_id, district, created_at, accepted_at,
       arrived_at AS arrived_merchant_at,
       arrived_at + INTERVAL (wait_min) MINUTE AS merchant_ready_at,
       CASE WHEN NOT cancelled THEN greatest(arrived_at, arrived_at + INTERVAL (wait_min) MINUTE) + INTERVAL 1 MINUTE END AS picked_up_at,
       CASE WHEN NOT cancelled THEN greatest(
         CASE WHEN late THEN accepted_at + INTERVAL (allowed_min + 1 + CAST(floor(rnd(38, ${k}) * 15) AS INTEGER)) MINUTE
              ELSE accepted_at + INTERVAL (greatest(1, CAST(floor(allowed_min * (0.5 + rnd(38, ${k}) * 0.45)) AS INTEGER))) MINUTE END,
         greatest(arrived_at, arrived_at + INTERVAL (wait_min) MINUTE) + INTERVAL 3 MINUTE) END AS delivered_at,
       accepted_at + INTERVAL (allowed_min) MINUTE AS promised_at,
       distance_m,
       CASE WHEN cancelled THEN 'cancelled' ELSE 'delivered' END AS status,
       CAST(CASE WHEN cancelled THEN 0 ELSE base_cents + subsidy_cents + coalesce(penalty_cents, 0) END * 0.01 AS DECIMAL(18,4)) AS pay,
       CAST(CASE WHEN cancelled THEN 0 ELSE subsidy_cents END * 0.01 AS DECIMAL(18,4)) AS subsidy,
       CAST(coalesce(penalty_cents, 0) * 0.01 AS DECIMAL(18,4)) AS penalty,
       penalty_reason,
       CASE WHEN late_exempt_bad THEN ['weather', 'merchant', 'customer', 'traffic_control', 'access', 'vehicle'][1 + CAST(floor(rnd(39, ${k}) * 6) AS INTEGER)]
            WHEN late AND NOT late_bad AND rnd(39, ${k}) < 0.5 THEN ['weather', 'merchant', 'traffic_control', 'other'][1 + CAST(floor(rnd(40, ${k}) * 4) AS INTEGER)] END AS delay_reason,
       NOT fee_bad AS fee_shown_before_accept,
       alert AS weather_alert_level
     FROM delivery_shaped`,
  ];
}
