/**
 * Per worker and calendar day: working minutes as the union of the order (or trip) intervals — overlapping
 * orders count once, as rules.md defines working time — net pay, and the longest stretch worked without a
 * rest of `restMinutes` (a block starts when an order begins at least that long after every earlier one
 * ended; its length runs from the block's first start to its last start, as `fd.continuous_work_rest`).
 *
 * `orders` must give: platform, district, worker, covered, start_at, end_at, net (pay after penalties). A worker's
 * orders the agreement covers and those it does not (`covered`) make two days, as the audit sees only the first.
 * A day's platform and district are its first order's (ties by end, then name), the same on every run.
 *
 * One hash aggregate per worker-day, without sorting the table: the day's intervals listed, sorted by start
 * (then end) and folded (as the audit's hourly-pay metrics, `audits/engine/worker-day-metrics.ts`). The fold
 * keeps the latest end so far (`s`), the time covered (`e`), the current block's start (`b`) and the longest
 * block so far (`l`), in µs; its state has the intervals' own type, so that no list is cast. The time worked is
 * given in minutes and, for exact comparisons, in µs (`micros`).
 */
export function workingDaysSql(orders: string, restMinutes = 20): string {
  const rest = Math.trunc(restMinutes) * 60_000_000;
  const bigint = (value: string) => `CAST(${value} AS BIGINT)`;
  const interval = `{'s': epoch_us(start_at), 'e': epoch_us(end_at), 'b': ${bigint('0')}, 'l': ${bigint('0')}}`;
  const blockStart = `CASE WHEN x.s >= acc.s + ${rest} THEN x.s ELSE acc.b END`;
  const fold = `list_reduce(list_sort(list(${interval})),
      lambda acc, x: {'s': greatest(acc.s, x.e), 'e': acc.e + greatest(0, x.e - greatest(x.s, acc.s)),
        'b': ${blockStart}, 'l': greatest(acc.l, x.s - ${blockStart})},
      {'s': ${bigint('-9223372036854775807')}, 'e': ${bigint('0')}, 'b': ${bigint('0')}, 'l': ${bigint('0')}})`;
  return `SELECT platform, district, worker, day, covered, net, day_fold.e / 60000000 AS minutes,
      day_fold.e AS micros, day_fold.l / 60000000 AS longest_block
    FROM (SELECT worker, day, covered, arg_min(platform, (start_at, end_at, platform)) AS platform,
        arg_min(district, (start_at, end_at, district)) AS district, sum(net) AS net, ${fold} AS day_fold
      FROM (SELECT *, CAST(start_at AS DATE) AS day FROM (${orders}) WHERE end_at >= start_at)
      GROUP BY worker, day, covered)`;
}
