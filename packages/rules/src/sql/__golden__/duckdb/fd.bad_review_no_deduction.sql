-- fd.bad_review_no_deduction (duckdb)
-- params: ["delivered","2025-05-01","bad_review","0","fd.bad_review_no_deduction"]
WITH src AS NOT MATERIALIZED (SELECT *, CAST("order_id" AS VARCHAR) AS __id, CAST("accepted_at" AS DATE) AS __day FROM "delivery_orders" o),
row_hits AS MATERIALIZED (SELECT * FROM (SELECT *, CASE WHEN (("status" = CAST($1 AS VARCHAR)) AND __day >= CAST($2 AS DATE)) IS TRUE THEN COALESCE(CAST((("penalty_reason" = CAST($3 AS VARCHAR)) AND (CASE WHEN ("penalty" IS NULL OR "penalty" = CAST("penalty" AS DECIMAL(18,4))) THEN (COALESCE(CAST("penalty" AS DECIMAL(18,4)), CAST(CAST($4 AS BIGINT) AS DECIMAL(18,4))) > CAST(CAST($4 AS BIGINT) AS DECIMAL(18,4))) ELSE (COALESCE(CAST("penalty" AS DECIMAL(38,12)), CAST(CAST($4 AS BIGINT) AS DECIMAL(26,0))) > CAST(CAST($4 AS BIGINT) AS DECIMAL(26,0))) END)) AS INTEGER) + 1, 0) END AS __s0 FROM src __r) __e)
SELECT * FROM (
SELECT CAST($5 AS VARCHAR) AS clause_id, __id AS finding_key, [__id] AS evidence, CAST(CAST("penalty" AS DECIMAL(38,12)) AS DECIMAL(38,12)) AS amount, CAST(json_object('penalty_reason', CAST("penalty_reason" AS VARCHAR), 'penalty', CAST(CAST(CAST("penalty" AS DECIMAL(38,12)) AS DECIMAL(38,12)) AS VARCHAR)) AS VARCHAR) AS computed FROM (SELECT * FROM row_hits WHERE __s0 = 2) __f
) __all ORDER BY clause_id, finding_key
