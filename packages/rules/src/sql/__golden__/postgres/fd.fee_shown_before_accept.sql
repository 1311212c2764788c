-- fd.fee_shown_before_accept (postgres)
-- params: ["delivered","2025-05-01","fd.fee_shown_before_accept"]
WITH src AS (SELECT *, CAST("order_id" AS TEXT) AS __id, CAST("accepted_at" AS DATE) AS __day FROM "delivery_orders" o),
row_hits AS MATERIALIZED (SELECT * FROM (SELECT *, CASE WHEN (("status" = CAST($1 AS TEXT)) AND __day >= CAST($2 AS DATE)) IS TRUE THEN CASE WHEN (("fee_shown_before_accept" = FALSE)) IS NULL THEN 0 WHEN (("fee_shown_before_accept" = FALSE)) IS TRUE THEN 2 ELSE 1 END END AS __s0 FROM src __r) __e WHERE __s0 = 2)
SELECT * FROM (
SELECT CAST($3 AS TEXT) AS clause_id, __id AS finding_key, ARRAY[__id] AS evidence, CAST(NULL AS NUMERIC(38,12)) AS amount, CAST(json_build_object('fee_shown_before_accept', CAST("fee_shown_before_accept" AS TEXT)) AS TEXT) AS computed FROM (SELECT * FROM row_hits WHERE __s0 = 2) __f
) __all ORDER BY clause_id, finding_key
