-- fd.fee_shown_before_accept (duckdb)
-- params: ["delivered","2025-05-01","fd.fee_shown_before_accept"]
WITH src AS NOT MATERIALIZED (SELECT *, CAST("order_id" AS VARCHAR) AS __id, CAST("accepted_at" AS DATE) AS __day FROM "delivery_orders" o),
row_hits AS MATERIALIZED (SELECT * FROM (SELECT *, CASE WHEN (("status" = CAST($1 AS VARCHAR)) AND __day >= CAST($2 AS DATE)) IS TRUE THEN COALESCE(CAST(("fee_shown_before_accept" = FALSE) AS INTEGER) + 1, 0) END AS __s0 FROM src __r) __e)
SELECT * FROM (
SELECT CAST($3 AS VARCHAR) AS clause_id, __id AS finding_key, [__id] AS evidence, CAST(NULL AS DECIMAL(38,12)) AS amount, CAST(json_object('fee_shown_before_accept', CAST("fee_shown_before_accept" AS VARCHAR)) AS VARCHAR) AS computed FROM (SELECT * FROM row_hits WHERE __s0 = 2) __f
) __all ORDER BY clause_id, finding_key
