-- fd.fee_shown_before_accept (clickhouse)
-- params: ["delivered","2025-05-01","fd.fee_shown_before_accept"]
WITH src AS (SELECT *, concat(toString("order_id")) AS __id, toDate32("accepted_at") AS __day FROM "delivery_orders" o),
row_hits AS (SELECT * FROM (SELECT *, CASE WHEN ifNull(("status" = toString({p1:String})) AND __day >= CAST({p2:Date32} AS Nullable(Date32)), false) THEN CASE WHEN (("fee_shown_before_accept" = FALSE)) IS NULL THEN 0 WHEN ifNull(("fee_shown_before_accept" = FALSE), false) THEN 2 ELSE 1 END END AS __s0 FROM src __r) __e WHERE __s0 = 2)
SELECT * FROM (
SELECT toString({p3:String}) AS clause_id, __id AS finding_key, [__id] AS evidence, CAST(NULL AS Nullable(Decimal(38,12))) AS amount, toJSONString(map('fee_shown_before_accept', ifNull(toString("fee_shown_before_accept"), ''))) AS computed FROM (SELECT * FROM row_hits WHERE __s0 = 2) __f
) __all ORDER BY clause_id, finding_key
