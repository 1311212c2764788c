-- rh.fatigue_daily (postgres)
-- params: ["2025-05-01","600","rh.fatigue_daily"]
WITH src AS (SELECT *, CAST("trip_id" AS TEXT) AS __id, CAST("pickup_at" AS DATE) AS __day FROM "ride_trips" o),
g0_rows AS (SELECT *, "driver_id" AS __k0, CAST("pickup_at" AS DATE) AS __k1 FROM src __g WHERE (TRUE AND __day >= CAST($1 AS DATE)) IS TRUE),
g0 AS (SELECT __k0, __k1, MIN(__day) AS __gday, SUM(CAST(div(CAST((CAST(EXTRACT(EPOCH FROM "dropoff_at") * 1000000 AS BIGINT) - CAST(EXTRACT(EPOCH FROM "pickup_at") * 1000000 AS BIGINT)) AS NUMERIC) * 1000000000000, NULLIF(CAST(60000000 AS NUMERIC), 0)) / 1000000000000 AS NUMERIC(38,12))) AS __m0, COUNT(*) AS __rows FROM g0_rows GROUP BY __k0, __k1)
SELECT * FROM (
SELECT CAST($3 AS TEXT) AS clause_id, CAST(__k0 AS TEXT) || '|' || CAST(__k1 AS TEXT) AS finding_key, (SELECT (array_agg(__r.__id ORDER BY __r.__id))[1:1000] FROM g0_rows __r WHERE __r.__k0 IS NOT DISTINCT FROM __f.__k0 AND __r.__k1 IS NOT DISTINCT FROM __f.__k1) AS evidence, CAST(NULL AS NUMERIC(38,12)) AS amount, CAST(json_build_object('worker', CAST(__k0 AS TEXT), 'day', CAST(__k1 AS TEXT), 'billed_minutes', CAST(__m0 AS TEXT), 'group_rows', CAST(__rows AS TEXT), 'param.max_billed_minutes', CAST(CAST(CAST($2 AS NUMERIC(38,12)) AS NUMERIC(38,12)) AS TEXT)) AS TEXT) AS computed FROM g0 __f WHERE ((__m0 > CAST($2 AS NUMERIC(38,12)))) IS TRUE
) __all ORDER BY clause_id, finding_key
