/**
 * The Ele.me agreement's ten library rules and its custom clause written by hand as an analyst would: one CTE
 * per rule in plain DuckDB (floating-point minutes and pay, the agreement's parameters typed in), counting the
 * findings of each clause. The benchmark checks that its counts equal the compiled agreement's.
 */
export function analystQuery(table: string): string {
  return `
WITH
delivered AS (SELECT * FROM ${table} WHERE status = 'delivered' AND CAST(accepted_at AS DATE) >= DATE '2025-05-01'),
c01 AS (SELECT order_id FROM delivered WHERE penalty_reason = 'late' AND penalty > 0
  AND (delay_reason IN ('weather', 'merchant', 'customer', 'traffic_control', 'access', 'vehicle')
       OR coalesce(weather_alert_level, 0) >= 3
       OR date_diff('second', arrived_merchant_at, merchant_ready_at) > 5 * 60)),
c02 AS (SELECT order_id FROM delivered WHERE penalty_reason = 'late' AND penalty > 0),
c03 AS (SELECT order_id FROM delivered WHERE NOT fee_shown_before_accept),
c04 AS (SELECT order_id FROM delivered WHERE weather_alert_level >= 2 AND coalesce(subsidy, 0) = 0),
c06 AS (SELECT order_id FROM delivered WHERE date_diff('second', accepted_at, promised_at) * 15 * 1000 < distance_m * 3600 + 5 * 60 * 15 * 1000),
c09 AS (SELECT order_id FROM delivered WHERE penalty_reason = 'bad_review' AND penalty > 0),
c12 AS (SELECT order_id FROM ${table} WHERE status = 'cancelled' AND CAST(accepted_at AS DATE) >= DATE '2025-05-01'
  AND penalty_reason = 'cancel' AND penalty > 0 AND delay_reason IN ('merchant', 'customer')),
-- c05 and c08: working time per rider and day is the union of accepted..delivered intervals.
day_prev AS (SELECT rider_id, CAST(accepted_at AS DATE) AS day, accepted_at, delivered_at, pay, penalty,
    max(delivered_at) OVER (PARTITION BY rider_id, CAST(accepted_at AS DATE) ORDER BY accepted_at, order_id
      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_end
  FROM delivered),
rider_days AS (SELECT rider_id, day,
    sum(CASE WHEN delivered_at > greatest(accepted_at, coalesce(prev_end, accepted_at))
             THEN date_diff('microsecond', greatest(accepted_at, coalesce(prev_end, accepted_at)), delivered_at) ELSE 0 END) / 60e6 AS working_minutes,
    sum(pay - coalesce(penalty, 0)) AS net_pay
  FROM day_prev GROUP BY rider_id, day),
c05 AS (SELECT rider_id, day FROM rider_days
  WHERE working_minutes >= 60 AND net_pay * 60 / working_minutes < CASE WHEN day >= DATE '2025-07-01' THEN 25 ELSE 24 END),
c08 AS (SELECT rider_id, day FROM rider_days WHERE working_minutes > 720),
-- c07: a new block starts after a rest of 20 minutes; a finding is an order accepted 240 minutes or more into its block.
block_prev AS (SELECT rider_id, order_id, accepted_at, delivered_at,
    max(delivered_at) OVER (PARTITION BY rider_id ORDER BY accepted_at, order_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_end
  FROM delivered WHERE delivered_at IS NOT NULL),
block_ids AS (SELECT *, sum(CASE WHEN prev_end IS NULL OR accepted_at - prev_end >= INTERVAL 20 MINUTE THEN 1 ELSE 0 END)
    OVER (PARTITION BY rider_id ORDER BY accepted_at, order_id) AS block FROM block_prev),
c07 AS (SELECT order_id FROM (SELECT *, min(accepted_at) OVER (PARTITION BY rider_id, block) AS block_start FROM block_ids)
  WHERE accepted_at - block_start >= INTERVAL 240 MINUTE),
-- c10: more than six working days in a complete ISO week of the data.
weeks AS (SELECT date_trunc('week', day) AS week FROM (SELECT DISTINCT CAST(accepted_at AS DATE) AS day FROM ${table})
  GROUP BY 1 HAVING count(*) = 7),
c10 AS (SELECT rider_id, date_trunc('week', accepted_at) AS week FROM delivered
  WHERE date_trunc('week', accepted_at) IN (SELECT week FROM weeks)
  GROUP BY 1, 2 HAVING count(DISTINCT CAST(accepted_at AS DATE)) > 6)
SELECT 'c01' AS clause_id, count(*) AS findings FROM c01 UNION ALL SELECT 'c02', count(*) FROM c02
UNION ALL SELECT 'c03', count(*) FROM c03 UNION ALL SELECT 'c04', count(*) FROM c04
UNION ALL SELECT 'c05', count(*) FROM c05 UNION ALL SELECT 'c06', count(*) FROM c06
UNION ALL SELECT 'c07', count(*) FROM c07 UNION ALL SELECT 'c08', count(*) FROM c08
UNION ALL SELECT 'c09', count(*) FROM c09 UNION ALL SELECT 'c10', count(*) FROM c10
UNION ALL SELECT 'c12', count(*) FROM c12
ORDER BY 1
`;
}
