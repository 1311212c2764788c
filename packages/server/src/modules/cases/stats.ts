import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client';
import { queryRows } from '../../platform/db/query-rows';
import type { Actor } from '../../platform/security/actor';
import { visibleCases } from './visibility';

/** Figures for dashboards and reports over the cases an actor may see. Amounts are summed in SQL as decimals. */
export async function caseStatistics(db: Database, actor: Actor, today: string) {
  const where = visibleCases(actor);
  const [byStatus, byType, [totals]] = await Promise.all([
    queryRows<{ key: string; count: number }>(
      db,
      sql`select status as key, count(*)::int as count from cases where ${where} group by status order by status`,
    ),
    queryRows<{ key: string; count: number }>(
      db,
      sql`select type as key, count(*)::int as count from cases where ${where} group by type order by type`,
    ),
    queryRows<{
      cases: number;
      overdue: number;
      workers: number;
      recovered: string;
      penalties: number;
      referred: number;
    }>(
      db,
      sql`select count(*)::int as cases,
            count(*) filter (where exists (select 1 from case_deadlines d where d.case_id = cases.id
              and d.status <> 'met' and d.due_on < ${today}))::int as overdue,
            coalesce(sum(workers_affected), 0)::int as workers,
            coalesce((select sum(o.amount) from case_outcomes o join cases c2 on c2.id = o.case_id
              where o.kind = 'amount_recovered' and c2.id in (select id from cases where ${where})), 0)::text as recovered,
            (select count(*) from case_outcomes o where o.kind = 'administrative_penalty'
              and o.case_id in (select id from cases where ${where}))::int as penalties,
            count(*) filter (where referred_to is not null)::int as referred
          from cases where ${where}`,
    ),
  ]);
  return {
    cases: Number(totals?.cases ?? 0),
    overdue: Number(totals?.overdue ?? 0),
    workersAffected: Number(totals?.workers ?? 0),
    amountRecovered: String(totals?.recovered ?? '0'),
    administrativePenalties: Number(totals?.penalties ?? 0),
    referred: Number(totals?.referred ?? 0),
    byStatus: Object.fromEntries(byStatus.map((r) => [r.key, Number(r.count)])),
    byType: Object.fromEntries(byType.map((r) => [r.key, Number(r.count)])),
  };
}
