-- fd.no_late_money_penalty (postgres)
-- params: ["delivered","2025-05-01","late","0","fd.no_late_money_penalty"]
WITH src AS (SELECT *, CAST("order_id" AS TEXT) AS __id, CAST("accepted_at" AS DATE) AS __day FROM "delivery_orders" o),
row_hits AS MATERIALIZED (SELECT * FROM (SELECT *, CASE WHEN (("status" = CAST($1 AS TEXT)) AND __day >= CAST($2 AS DATE)) IS TRUE THEN CASE WHEN ((("penalty_reason" = CAST($3 AS TEXT)) AND (COALESCE(CAST("penalty" AS NUMERIC(38,12)), CAST(CAST($4 AS BIGINT) AS NUMERIC(38,12))) > CAST(CAST($4 AS BIGINT) AS NUMERIC(38,12))))) IS NULL THEN 0 WHEN ((("penalty_reason" = CAST($3 AS TEXT)) AND (COALESCE(CAST("penalty" AS NUMERIC(38,12)), CAST(CAST($4 AS BIGINT) AS NUMERIC(38,12))) > CAST(CAST($4 AS BIGINT) AS NUMERIC(38,12))))) IS TRUE THEN 2 ELSE 1 END END AS __s0 FROM src __r) __e WHERE __s0 = 2)
SELECT * FROM (
SELECT CAST($5 AS TEXT) AS clause_id, __id AS finding_key, ARRAY[__id] AS evidence, CAST(CAST("penalty" AS NUMERIC(38,12)) AS NUMERIC(38,12)) AS amount, CAST(json_build_object('penalty_reason', CAST("penalty_reason" AS TEXT), 'penalty', CAST(CAST(CAST("penalty" AS NUMERIC(38,12)) AS NUMERIC(38,12)) AS TEXT)) AS TEXT) AS computed FROM (SELECT * FROM row_hits WHERE __s0 = 2) __f
) __all ORDER BY clause_id, finding_key
