-- fr.peak_fee_cap (duckdb)
-- params: ["2025-05-01","0.6","fr.peak_fee_cap"]
WITH src AS NOT MATERIALIZED (SELECT *, CAST("order_id" AS VARCHAR) AS __id, CAST("completed_at" AS DATE) AS __day FROM "freight_orders" o),
row_hits AS MATERIALIZED (SELECT * FROM (SELECT *, CASE WHEN (TRUE AND __day >= CAST($1 AS DATE)) IS TRUE THEN COALESCE(CAST((CAST("peak_fee" AS DECIMAL(38,12)) > CAST(CAST($2 AS DECIMAL(27,1)) * CAST("order_amount" AS DECIMAL(38,12)) AS DECIMAL(38,12))) AS INTEGER) + 1, 0) END AS __s0 FROM src __r) __e)
SELECT * FROM (
SELECT CAST($3 AS VARCHAR) AS clause_id, __id AS finding_key, [__id] AS evidence, CAST((CAST("peak_fee" AS DECIMAL(38,12)) - CAST(CAST($2 AS DECIMAL(27,1)) * CAST("order_amount" AS DECIMAL(38,12)) AS DECIMAL(38,12))) AS DECIMAL(38,12)) AS amount, CAST(json_object('peak_fee', CAST(CAST(CAST("peak_fee" AS DECIMAL(38,12)) AS DECIMAL(38,12)) AS VARCHAR), 'order_amount', CAST(CAST(CAST("order_amount" AS DECIMAL(38,12)) AS DECIMAL(38,12)) AS VARCHAR), 'param.max_ratio', CAST(CAST(CAST($2 AS DECIMAL(27,1)) AS DECIMAL(38,12)) AS VARCHAR)) AS VARCHAR) AS computed FROM (SELECT * FROM row_hits WHERE __s0 = 2) __f
) __all ORDER BY clause_id, finding_key
