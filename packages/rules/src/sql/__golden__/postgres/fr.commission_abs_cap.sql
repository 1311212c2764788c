-- fr.commission_abs_cap (postgres)
-- params: ["2025-05-01","100","fr.commission_abs_cap"]
WITH src AS (SELECT *, CAST("order_id" AS TEXT) AS __id, CAST("completed_at" AS DATE) AS __day FROM "freight_orders" o),
row_hits AS MATERIALIZED (SELECT * FROM (SELECT *, CASE WHEN (TRUE AND __day >= CAST($1 AS DATE)) IS TRUE THEN CASE WHEN ((CAST("commission" AS NUMERIC(38,12)) > CAST($2 AS NUMERIC(38,12)))) IS NULL THEN 0 WHEN ((CAST("commission" AS NUMERIC(38,12)) > CAST($2 AS NUMERIC(38,12)))) IS TRUE THEN 2 ELSE 1 END END AS __s0 FROM src __r) __e WHERE __s0 = 2)
SELECT * FROM (
SELECT CAST($3 AS TEXT) AS clause_id, __id AS finding_key, ARRAY[__id] AS evidence, CAST((CAST("commission" AS NUMERIC(38,12)) - CAST($2 AS NUMERIC(38,12))) AS NUMERIC(38,12)) AS amount, CAST(json_build_object('commission', CAST(CAST(CAST("commission" AS NUMERIC(38,12)) AS NUMERIC(38,12)) AS TEXT), 'param.cap', CAST(CAST(CAST($2 AS NUMERIC(38,12)) AS NUMERIC(38,12)) AS TEXT)) AS TEXT) AS computed FROM (SELECT * FROM row_hits WHERE __s0 = 2) __f
) __all ORDER BY clause_id, finding_key
