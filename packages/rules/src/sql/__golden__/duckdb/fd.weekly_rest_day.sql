-- fd.weekly_rest_day (duckdb)
-- params: ["delivered","2025-05-01","1","7","fd.weekly_rest_day"]
WITH src AS NOT MATERIALIZED (SELECT *, CAST("order_id" AS VARCHAR) AS __id, CAST("accepted_at" AS DATE) AS __day FROM "delivery_orders" o),
__weeks AS (SELECT CAST(date_trunc('week', __d) AS DATE) AS __week FROM (SELECT DISTINCT __day AS __d FROM src) d GROUP BY CAST(date_trunc('week', __d) AS DATE) HAVING COUNT(*) = 7),
g0_rows AS NOT MATERIALIZED (SELECT *, "rider_id" AS __k0, CAST(date_trunc('week', "accepted_at") AS DATE) AS __k1 FROM src __g WHERE (("status" = CAST($1 AS VARCHAR)) AND __day >= CAST($2 AS DATE)) IS TRUE AND CAST(date_trunc('week', __day) AS DATE) IN (SELECT __week FROM __weeks)),
g0 AS (SELECT __k0, __k1, MIN(__day) AS __gday, COUNT(DISTINCT CAST("accepted_at" AS DATE)) AS __m0, COUNT(*) AS __rows FROM g0_rows GROUP BY __k0, __k1)
SELECT * FROM (
SELECT CAST($5 AS VARCHAR) AS clause_id, CAST(__k0 AS VARCHAR) || '|' || CAST(__k1 AS VARCHAR) AS finding_key, list_sort(list_distinct(list_concat((SELECT min(__r.__id, 1000) FROM g0_rows __r WHERE __r.__k0 IS NOT DISTINCT FROM __f.__k0 AND __r.__k1 IS NOT DISTINCT FROM __f.__k1), (SELECT min(__p, 1000) FROM (SELECT MIN(__r.__id) AS __p FROM g0_rows __r WHERE __r.__k0 IS NOT DISTINCT FROM __f.__k0 AND __r.__k1 IS NOT DISTINCT FROM __f.__k1 AND __r."district" IS NOT NULL GROUP BY __r."district") __q)))) AS evidence, CAST(NULL AS DECIMAL(38,12)) AS amount, CAST(json_object('worker', CAST(__k0 AS VARCHAR), 'week', CAST(__k1 AS VARCHAR), 'working_days', CAST(__m0 AS VARCHAR), 'group_rows', CAST(__rows AS VARCHAR), 'param.min_rest_days', CAST(CAST($3 AS BIGINT) AS VARCHAR)) AS VARCHAR) AS computed FROM g0 __f WHERE ((__m0 > (CAST($4 AS BIGINT) - CAST($3 AS BIGINT)))) IS TRUE
) __all ORDER BY clause_id, finding_key
