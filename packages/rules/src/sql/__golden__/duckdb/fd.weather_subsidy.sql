-- fd.weather_subsidy (duckdb)
-- params: ["delivered","2025-05-01","2","0","0","fd.weather_subsidy"]
WITH src AS NOT MATERIALIZED (SELECT *, CAST("order_id" AS VARCHAR) AS __id, CAST("accepted_at" AS DATE) AS __day FROM "delivery_orders" o),
row_hits AS MATERIALIZED (SELECT * FROM (SELECT *, CASE WHEN (("status" = CAST($1 AS VARCHAR)) AND __day >= CAST($2 AS DATE)) IS TRUE THEN COALESCE(CAST(((CAST("weather_alert_level" AS BIGINT) >= CAST($3 AS BIGINT)) AND (CASE WHEN ("subsidy" IS NULL OR "subsidy" = CAST("subsidy" AS DECIMAL(18,4))) THEN (COALESCE(CAST("subsidy" AS DECIMAL(18,4)), CAST(CAST($4 AS DECIMAL(26,0)) AS DECIMAL(18,4))) = CAST(CAST($5 AS BIGINT) AS DECIMAL(18,4))) ELSE (COALESCE(CAST("subsidy" AS DECIMAL(38,12)), CAST($4 AS DECIMAL(26,0))) = CAST(CAST($5 AS BIGINT) AS DECIMAL(26,0))) END)) AS INTEGER) + 1, 0) END AS __s0 FROM src __r) __e)
SELECT * FROM (
SELECT CAST($6 AS VARCHAR) AS clause_id, __id AS finding_key, [__id] AS evidence, CAST(NULL AS DECIMAL(38,12)) AS amount, CAST(json_object('weather_alert_level', CAST(CAST("weather_alert_level" AS BIGINT) AS VARCHAR), 'subsidy', CAST(CAST(CAST("subsidy" AS DECIMAL(38,12)) AS DECIMAL(38,12)) AS VARCHAR), 'param.min_alert_level', CAST(CAST($3 AS BIGINT) AS VARCHAR)) AS VARCHAR) AS computed FROM (SELECT * FROM row_hits WHERE __s0 = 2) __f
) __all ORDER BY clause_id, finding_key
