-- fd.weekly_rest_day (clickhouse)
-- params: ["2025-05-01","delivered","1","7","fd.weekly_rest_day"]
WITH src AS (SELECT *, concat(toString("order_id")) AS __id, toDate32("accepted_at") AS __day FROM "delivery_orders" o),
__weeks AS (SELECT toDate32(toMonday(__d)) AS __week FROM (SELECT DISTINCT __day AS __d FROM src) d GROUP BY toDate32(toMonday(__d)) HAVING COUNT(*) = 7),
g0_rows AS (SELECT *, "rider_id" AS __k0, toDate32(toMonday("accepted_at")) AS __k1 FROM src __g WHERE ifNull(("status" = toString({p2:String})) AND __day >= CAST({p1:Date32} AS Nullable(Date32)), false) AND toDate32(toMonday(__day)) IN (SELECT __week FROM __weeks) AND toDate32(toMonday(__day)) >= CAST({p1:Date32} AS Nullable(Date32))),
g0 AS (SELECT __k0, __k1, MIN(__day) AS __gday, COUNT(DISTINCT toDate32("accepted_at")) AS __m0, COUNT(*) AS __rows, arraySlice(arraySort(groupArray(__id)), 1, 1000) AS __evidence FROM g0_rows GROUP BY __k0, __k1)
SELECT * FROM (
SELECT toString({p5:String}) AS clause_id, concat(toString(__k0), '|', toString(__k1)) AS finding_key, __evidence AS evidence, CAST(NULL AS Nullable(Decimal(38,12))) AS amount, toJSONString(map('worker', ifNull(toString(__k0), ''), 'week', ifNull(toString(__k1), ''), 'working_days', ifNull(toString(__m0), ''), 'group_rows', ifNull(toString(__rows), ''), 'param.min_rest_days', ifNull(toString(CAST({p3:Int64} AS Nullable(Int64))), ''))) AS computed FROM g0 __f WHERE ifNull((__m0 > (CAST({p4:Int64} AS Nullable(Int64)) - CAST({p3:Int64} AS Nullable(Int64)))), false)
) __all ORDER BY clause_id, finding_key
