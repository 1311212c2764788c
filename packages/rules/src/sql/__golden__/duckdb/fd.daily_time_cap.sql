-- fd.daily_time_cap (duckdb)
-- params: ["delivered","2025-05-01","720","fd.daily_time_cap"]
WITH src AS NOT MATERIALIZED (SELECT *, CAST("order_id" AS VARCHAR) AS __id, CAST("accepted_at" AS DATE) AS __day FROM "delivery_orders" o),
g0_rows AS NOT MATERIALIZED (SELECT *, "rider_id" AS __k0, CAST("accepted_at" AS DATE) AS __k1, "accepted_at" AS __ws0, "delivered_at" AS __we0 FROM src __g WHERE (("status" = CAST($1 AS VARCHAR)) AND __day >= CAST($2 AS DATE)) IS TRUE),
g0_win AS (SELECT *, MAX(__we0) OVER (PARTITION BY __k0, __k1 ORDER BY __ws0, __id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS __wp0 FROM g0_rows),
g0 AS (SELECT __k0, __k1, MIN(__day) AS __gday, COALESCE(SUM(CASE WHEN __we0 > (CASE WHEN __wp0 IS NULL OR __wp0 < __ws0 THEN __ws0 ELSE __wp0 END) THEN epoch_us(__we0) - epoch_us((CASE WHEN __wp0 IS NULL OR __wp0 < __ws0 THEN __ws0 ELSE __wp0 END)) ELSE 0 END), 0) AS __m0 FROM g0_win GROUP BY __k0, __k1)
SELECT * FROM (
SELECT CAST($4 AS VARCHAR) AS clause_id, CAST(__k0 AS VARCHAR) || '|' || CAST(__k1 AS VARCHAR) AS finding_key, (SELECT list(__r.__id ORDER BY __r.__id) FROM g0_rows __r WHERE __r.__k0 IS NOT DISTINCT FROM __f.__k0 AND __r.__k1 IS NOT DISTINCT FROM __f.__k1) AS evidence, CAST(NULL AS DECIMAL(38,12)) AS amount, CAST(json_object('worker', CAST(__k0 AS VARCHAR), 'day', CAST(__k1 AS VARCHAR), 'working_minutes', CAST((CAST(CAST(__m0 AS BIGINT) * 100000 // 6 AS DECIMAL(38,0)) * CAST(0.000000000001 AS DECIMAL(38,12))) AS VARCHAR), 'param.hard_cap_minutes', CAST(CAST(CAST($3 AS DECIMAL(26,0)) AS DECIMAL(38,12)) AS VARCHAR)) AS VARCHAR) AS computed FROM g0 __f WHERE (((CAST(CAST(__m0 AS BIGINT) * 100000 // 6 AS DECIMAL(38,0)) * CAST(0.000000000001 AS DECIMAL(38,12))) > CAST($3 AS DECIMAL(26,0)))) IS TRUE
) __all ORDER BY clause_id, finding_key
