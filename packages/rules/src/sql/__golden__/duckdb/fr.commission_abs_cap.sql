-- fr.commission_abs_cap (duckdb)
-- params: ["100","2025-05-01","100","100","fr.commission_abs_cap"]
WITH src AS (SELECT *, CAST("order_id" AS VARCHAR) AS __id, CAST("completed_at" AS DATE) AS __day FROM "freight_orders" o),
row_eval AS MATERIALIZED (SELECT *, CASE WHEN (TRUE AND __day >= CAST($2 AS DATE)) IS TRUE THEN CASE WHEN ((CAST("commission" AS DECIMAL(38,12)) > CAST($1 AS DECIMAL(38,12)))) IS NULL THEN 0 WHEN ((CAST("commission" AS DECIMAL(38,12)) > CAST($1 AS DECIMAL(38,12)))) IS TRUE THEN 2 ELSE 1 END END AS __s0 FROM src __r)
SELECT * FROM (
SELECT CAST($5 AS VARCHAR) AS clause_id, __id AS finding_key, [__id] AS evidence, CAST((CAST("commission" AS DECIMAL(38,12)) - CAST($4 AS DECIMAL(38,12))) AS DECIMAL(38,12)) AS amount, CAST(json_object('commission', CAST(CAST("commission" AS DECIMAL(38,12)) AS VARCHAR), 'param.cap', CAST(CAST($3 AS DECIMAL(38,12)) AS VARCHAR)) AS VARCHAR) AS computed FROM (SELECT * FROM row_eval WHERE __s0 = 2) __f
) __all ORDER BY clause_id, finding_key
