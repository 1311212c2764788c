/**
 * Per worker and calendar day: working minutes as the union of the order (or trip) intervals — overlapping
 * orders count once, as rules.md defines working time — net pay, and the longest stretch worked without a
 * rest of `restMinutes` (a block starts when an order begins at least that long after every earlier one
 * ended; its length runs from the block's first start to its last start, as `fd.continuous_work_rest`).
 *
 * `orders` must give: platform, district, worker, covered, start_at, end_at, net (pay after penalties). A worker's
 * orders the agreement covers and those it does not (`covered`) make two days, as the audit sees only the first.
 * A day's platform and district are its first order's (ties by end, then name), the same on every run.
 */
export function workingDaysSql(orders: string, restMinutes = 20): string {
  return `WITH o AS (SELECT *, CAST(start_at AS DATE) AS day FROM (${orders}) WHERE end_at >= start_at),
  s AS (SELECT *, max(end_at) OVER (PARTITION BY worker, day, covered ORDER BY start_at, end_at
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_end FROM o),
  m AS (SELECT *,
          sum(CASE WHEN prev_end IS NULL OR start_at > prev_end THEN 1 ELSE 0 END)
            OVER (PARTITION BY worker, day, covered ORDER BY start_at, end_at ROWS UNBOUNDED PRECEDING) AS island,
          sum(CASE WHEN prev_end IS NULL OR start_at >= prev_end + INTERVAL ${Math.trunc(restMinutes)} MINUTE THEN 1 ELSE 0 END)
            OVER (PARTITION BY worker, day, covered ORDER BY start_at, end_at ROWS UNBOUNDED PRECEDING) AS block
        FROM s),
  islands AS (SELECT worker, day, covered, island, epoch(max(end_at) - min(start_at)) / 60 AS minutes FROM m GROUP BY ALL),
  blocks AS (SELECT worker, day, covered, block, epoch(max(start_at) - min(start_at)) / 60 AS span FROM m GROUP BY ALL)
  SELECT t.platform, t.district, t.worker, t.day, t.covered, t.net, i.minutes, b.longest_block
  FROM (SELECT worker, day, covered, arg_min(platform, (start_at, end_at, platform)) AS platform,
          arg_min(district, (start_at, end_at, district)) AS district,
          sum(net) AS net
        FROM m GROUP BY worker, day, covered) t
  JOIN (SELECT worker, day, covered, sum(minutes) AS minutes FROM islands GROUP BY ALL) i
    USING (worker, day, covered)
  JOIN (SELECT worker, day, covered, max(span) AS longest_block FROM blocks GROUP BY ALL) b
    USING (worker, day, covered)`;
}
