-- rh.fatigue_daily (clickhouse)
-- params: ["2025-05-01","600","rh.fatigue_daily"]
WITH src AS (SELECT *, concat(toString("trip_id")) AS __id, toDate32("pickup_at") AS __day FROM "ride_trips" o),
g0_rows AS (SELECT *, "driver_id" AS __k0, toDate32("pickup_at") AS __k1 FROM src __g WHERE ifNull(TRUE AND __day >= CAST({p1:Date32} AS Nullable(Date32)), false)),
g0 AS (SELECT __k0, __k1, MIN(__day) AS __gday, SUM(if(CAST(60000000 AS Nullable(Decimal(38,12))) = 0, NULL, CAST((toUnixTimestamp64Micro("dropoff_at") - toUnixTimestamp64Micro("pickup_at")) AS Nullable(Decimal(38,12))) / CAST(60000000 AS Nullable(Decimal(38,12))))) AS __m0, COUNT(*) AS __rows, arraySlice(arraySort(groupArray(__id)), 1, 1000) AS __evidence FROM g0_rows GROUP BY __k0, __k1)
SELECT * FROM (
SELECT toString({p3:String}) AS clause_id, concat(toString(__k0), '|', toString(__k1)) AS finding_key, __evidence AS evidence, CAST(NULL AS Nullable(Decimal(38,12))) AS amount, toJSONString(map('worker', ifNull(toString(__k0), ''), 'day', ifNull(toString(__k1), ''), 'billed_minutes', ifNull(toString(__m0), ''), 'group_rows', ifNull(toString(__rows), ''), 'param.max_billed_minutes', ifNull(toString(CAST(CAST({p2:Decimal(38,12)} AS Nullable(Decimal(38,12))) AS Nullable(Decimal(38,12)))), ''))) AS computed FROM g0 __f WHERE ifNull((__m0 > CAST({p2:Decimal(38,12)} AS Nullable(Decimal(38,12)))), false)
) __all ORDER BY clause_id, finding_key
