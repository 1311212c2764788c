-- ex.direct_payment (duckdb)
-- params: ["2025-05-01","ex.direct_payment"]
WITH src AS NOT MATERIALIZED (SELECT *, CAST("parcel_id" AS VARCHAR) AS __id, CAST("delivered_at" AS DATE) AS __day FROM "parcel_deliveries" o),
row_hits AS MATERIALIZED (SELECT * FROM (SELECT *, CASE WHEN (TRUE AND __day >= CAST($1 AS DATE)) IS TRUE THEN COALESCE(CAST(("paid_direct" = FALSE) AS INTEGER) + 1, 0) END AS __s0 FROM src __r) __e)
SELECT * FROM (
SELECT CAST($2 AS VARCHAR) AS clause_id, __id AS finding_key, [__id] AS evidence, CAST(NULL AS DECIMAL(38,12)) AS amount, CAST(json_object('paid_direct', CAST("paid_direct" AS VARCHAR)) AS VARCHAR) AS computed FROM (SELECT * FROM row_hits WHERE __s0 = 2) __f
) __all ORDER BY clause_id, finding_key
