-- rh.fatigue_daily (duckdb)
-- params: ["2025-05-01","600","rh.fatigue_daily"]
WITH src AS NOT MATERIALIZED (SELECT *, CAST("trip_id" AS VARCHAR) AS __id, CAST("pickup_at" AS DATE) AS __day FROM "ride_trips" o),
g0_rows AS NOT MATERIALIZED (SELECT *, "driver_id" AS __k0, CAST("pickup_at" AS DATE) AS __k1 FROM src __g WHERE (TRUE AND __day >= CAST($1 AS DATE)) IS TRUE),
g0 AS (SELECT __k0, __k1, MIN(__day) AS __gday, SUM((CAST((CAST((epoch_us("dropoff_at") - epoch_us("pickup_at")) AS BIGINT) * 100000 // 6) AS DECIMAL(38,0)) * CAST(0.000000000001 AS DECIMAL(38,12)))) AS __m0, COUNT(*) AS __rows FROM g0_rows GROUP BY __k0, __k1)
SELECT * FROM (
SELECT CAST($3 AS VARCHAR) AS clause_id, CAST(__k0 AS VARCHAR) || '|' || CAST(__k1 AS VARCHAR) AS finding_key, list_sort(list_distinct(list_concat((SELECT min(__r.__id, 1000) FROM g0_rows __r WHERE __r.__k0 IS NOT DISTINCT FROM __f.__k0 AND __r.__k1 IS NOT DISTINCT FROM __f.__k1), (SELECT min(__p, 1000) FROM (SELECT MIN(__r.__id) AS __p FROM g0_rows __r WHERE __r.__k0 IS NOT DISTINCT FROM __f.__k0 AND __r.__k1 IS NOT DISTINCT FROM __f.__k1 AND __r."district" IS NOT NULL GROUP BY __r."district") __q)))) AS evidence, CAST(NULL AS DECIMAL(38,12)) AS amount, CAST(json_object('worker', CAST(__k0 AS VARCHAR), 'day', CAST(__k1 AS VARCHAR), 'billed_minutes', CAST(__m0 AS VARCHAR), 'group_rows', CAST(__rows AS VARCHAR), 'param.max_billed_minutes', CAST(CAST(CAST($2 AS DECIMAL(26,0)) AS DECIMAL(38,12)) AS VARCHAR)) AS VARCHAR) AS computed FROM g0 __f WHERE ((__m0 > CAST($2 AS DECIMAL(26,0)))) IS TRUE
) __all ORDER BY clause_id, finding_key
