-- fr.commission_abs_cap (clickhouse)
-- params: ["2025-05-01","100","fr.commission_abs_cap"]
WITH src AS (SELECT *, concat(toString("order_id")) AS __id, toDate32("completed_at") AS __day FROM "freight_orders" o),
row_hits AS (SELECT * FROM (SELECT *, CASE WHEN ifNull(TRUE AND __day >= CAST({p1:Date32} AS Nullable(Date32)), false) THEN CASE WHEN ((CAST("commission" AS Nullable(Decimal(38,12))) > CAST({p2:Decimal(38,12)} AS Nullable(Decimal(38,12))))) IS NULL THEN 0 WHEN ifNull((CAST("commission" AS Nullable(Decimal(38,12))) > CAST({p2:Decimal(38,12)} AS Nullable(Decimal(38,12)))), false) THEN 2 ELSE 1 END END AS __s0 FROM src __r) __e WHERE __s0 = 2)
SELECT * FROM (
SELECT toString({p3:String}) AS clause_id, __id AS finding_key, [__id] AS evidence, CAST((CAST("commission" AS Nullable(Decimal(38,12))) - CAST({p2:Decimal(38,12)} AS Nullable(Decimal(38,12)))) AS Nullable(Decimal(38,12))) AS amount, toJSONString(map('commission', ifNull(toString(CAST(CAST("commission" AS Nullable(Decimal(38,12))) AS Nullable(Decimal(38,12)))), ''), 'param.cap', ifNull(toString(CAST(CAST({p2:Decimal(38,12)} AS Nullable(Decimal(38,12))) AS Nullable(Decimal(38,12)))), ''))) AS computed FROM (SELECT * FROM row_hits WHERE __s0 = 2) __f
) __all ORDER BY clause_id, finding_key
