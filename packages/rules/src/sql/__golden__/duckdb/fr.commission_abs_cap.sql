-- fr.commission_abs_cap (duckdb)
-- params: ["2025-05-01","100","fr.commission_abs_cap"]
WITH src AS NOT MATERIALIZED (SELECT *, CAST("order_id" AS VARCHAR) AS __id, CAST("completed_at" AS DATE) AS __day FROM "freight_orders" o),
row_hits AS MATERIALIZED (SELECT * FROM (SELECT *, CASE WHEN (TRUE AND __day >= CAST($1 AS DATE)) IS TRUE THEN COALESCE(CAST((CASE WHEN "commission" = CAST("commission" AS DECIMAL(18,4)) THEN (CAST("commission" AS DECIMAL(18,4)) > CAST(CAST($2 AS DECIMAL(26,0)) AS DECIMAL(18,4))) ELSE (CAST("commission" AS DECIMAL(38,12)) > CAST($2 AS DECIMAL(26,0))) END) AS INTEGER) + 1, 0) END AS __s0 FROM src __r) __e)
SELECT * FROM (
SELECT CAST($3 AS VARCHAR) AS clause_id, __id AS finding_key, [__id] AS evidence, CAST((CAST("commission" AS DECIMAL(38,12)) - CAST($2 AS DECIMAL(26,0))) AS DECIMAL(38,12)) AS amount, CAST(json_object('commission', CAST(CAST(CAST("commission" AS DECIMAL(38,12)) AS DECIMAL(38,12)) AS VARCHAR), 'param.cap', CAST(CAST(CAST($2 AS DECIMAL(26,0)) AS DECIMAL(38,12)) AS VARCHAR)) AS VARCHAR) AS computed FROM (SELECT * FROM row_hits WHERE __s0 = 2) __f
) __all ORDER BY clause_id, finding_key
