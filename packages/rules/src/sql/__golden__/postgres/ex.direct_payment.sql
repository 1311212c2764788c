-- ex.direct_payment (postgres)
-- params: ["2025-05-01","ex.direct_payment"]
WITH src AS (SELECT *, CAST("parcel_id" AS TEXT) AS __id, CAST("delivered_at" AS DATE) AS __day FROM "parcel_deliveries" o),
row_hits AS MATERIALIZED (SELECT * FROM (SELECT *, CASE WHEN (TRUE AND __day >= CAST($1 AS DATE)) IS TRUE THEN CASE WHEN (("paid_direct" = FALSE)) IS NULL THEN 0 WHEN (("paid_direct" = FALSE)) IS TRUE THEN 2 ELSE 1 END END AS __s0 FROM src __r) __e WHERE __s0 = 2)
SELECT * FROM (
SELECT CAST($2 AS TEXT) AS clause_id, __id AS finding_key, ARRAY[__id] AS evidence, CAST(NULL AS NUMERIC(38,12)) AS amount, CAST(json_build_object('paid_direct', CAST("paid_direct" AS TEXT)) AS TEXT) AS computed FROM (SELECT * FROM row_hits WHERE __s0 = 2) __f
) __all ORDER BY clause_id, finding_key
