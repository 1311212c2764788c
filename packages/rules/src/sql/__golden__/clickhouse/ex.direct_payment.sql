-- ex.direct_payment (clickhouse)
-- params: ["2025-05-01","ex.direct_payment"]
WITH src AS (SELECT *, concat(toString("parcel_id")) AS __id, toDate32("delivered_at") AS __day FROM "parcel_deliveries" o),
row_hits AS (SELECT * FROM (SELECT *, CASE WHEN ifNull(TRUE AND __day >= CAST({p1:Date32} AS Nullable(Date32)), false) THEN CASE WHEN (("paid_direct" = FALSE)) IS NULL THEN 0 WHEN ifNull(("paid_direct" = FALSE), false) THEN 2 ELSE 1 END END AS __s0 FROM src __r) __e WHERE __s0 = 2)
SELECT * FROM (
SELECT toString({p2:String}) AS clause_id, __id AS finding_key, [__id] AS evidence, CAST(NULL AS Nullable(Decimal(38,12))) AS amount, toJSONString(map('paid_direct', ifNull(toString("paid_direct"), ''))) AS computed FROM (SELECT * FROM row_hits WHERE __s0 = 2) __f
) __all ORDER BY clause_id, finding_key
