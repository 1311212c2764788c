-- fd.bad_review_no_deduction (clickhouse)
-- params: ["delivered","2025-05-01","bad_review","0","fd.bad_review_no_deduction"]
WITH src AS (SELECT *, concat(toString("order_id")) AS __id, toDate32("accepted_at") AS __day FROM "delivery_orders" o),
row_hits AS (SELECT * FROM (SELECT *, CASE WHEN ifNull(("status" = toString({p1:String})) AND __day >= CAST({p2:Date32} AS Nullable(Date32)), false) THEN CASE WHEN ((("penalty_reason" = toString({p3:String})) AND (CAST("penalty" AS Nullable(Decimal(38,12))) > CAST(CAST({p4:Int64} AS Nullable(Int64)) AS Nullable(Decimal(38,12)))))) IS NULL THEN 0 WHEN ifNull((("penalty_reason" = toString({p3:String})) AND (CAST("penalty" AS Nullable(Decimal(38,12))) > CAST(CAST({p4:Int64} AS Nullable(Int64)) AS Nullable(Decimal(38,12))))), false) THEN 2 ELSE 1 END END AS __s0 FROM src __r) __e WHERE __s0 = 2)
SELECT * FROM (
SELECT toString({p5:String}) AS clause_id, __id AS finding_key, [__id] AS evidence, CAST(CAST("penalty" AS Nullable(Decimal(38,12))) AS Nullable(Decimal(38,12))) AS amount, toJSONString(map('penalty_reason', ifNull(toString("penalty_reason"), ''), 'penalty', ifNull(toString(CAST(CAST("penalty" AS Nullable(Decimal(38,12))) AS Nullable(Decimal(38,12)))), ''))) AS computed FROM (SELECT * FROM row_hits WHERE __s0 = 2) __f
) __all ORDER BY clause_id, finding_key
