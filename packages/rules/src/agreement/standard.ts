import { libraryRule } from '../library/index';
import type { Agreement } from './types';

/**
 * For each numeric parameter of the library, which way protects workers more: `higher` (a larger share, a longer
 * rest, a higher minimum) or `lower` (a lower cap, fewer grace days, a slower assumed speed). A franchisee's
 * secondary agreement may move a parameter only that way from its brand agreement's value.
 */
const protective: Record<string, Record<string, 'higher' | 'lower'>> = {
  'ex.direct_fee_share': { min_share: 'higher' },
  'ex.wage_arrears': { grace_days: 'lower' },
  'fd.late_penalty_exemption': { min_alert_level: 'lower', merchant_grace_minutes: 'lower' },
  'fd.eta_speed_floor': { max_speed_kmh: 'lower', handover_minutes: 'higher' },
  'fd.min_hourly_pay': {
    min_hourly: 'higher',
    allowance_minutes_per_hour: 'higher',
    min_working_minutes: 'lower',
  },
  'fd.continuous_work_rest': { max_continuous_minutes: 'lower', rest_minutes: 'higher' },
  'fd.daily_time_cap': { hard_cap_minutes: 'lower' },
  'fd.weekly_rest_day': { min_rest_days: 'higher' },
  'fd.weather_subsidy': { min_alert_level: 'lower' },
  'rh.commission_cap': { cap: 'lower' },
  'rh.bill_transparency': { tolerance: 'lower' },
  'rh.avg_commission_disclosed': { disclosed_average: 'lower', tolerance: 'lower' },
  'rh.fatigue_short': { max_service_minutes: 'lower', min_break_minutes: 'higher' },
  'rh.fatigue_daily': { max_billed_minutes: 'lower' },
  'rh.min_hourly_pay': {
    min_hourly: 'higher',
    allowance_minutes_per_hour: 'higher',
    min_working_minutes: 'lower',
  },
  'fr.freight_advance': { days: 'lower' },
  'fr.commission_abs_cap': { cap: 'lower' },
  'fr.peak_fee_cap': { max_ratio: 'lower' },
};

/** A parameter a secondary agreement sets below its brand agreement's standard. */
export interface LoweredStandard {
  clauseId: string;
  param: string;
  value: number;
  brandValue: number;
}

/**
 * The parameters a secondary agreement sets less protectively than the brand agreement's clause of the same id
 * and rule, where both are plain numbers (a dated value is compared by neither); a parameter not written is the
 * library's default.
 */
export function loweredStandards(agreement: Agreement, parent: Agreement): LoweredStandard[] {
  const lowered: LoweredStandard[] = [];
  for (const clause of agreement.clauses) {
    const brand = parent.clauses.find((c) => c.id === clause.id);
    if (!clause.rule || !brand || brand.rule !== clause.rule) continue;
    for (const [param, way] of Object.entries(protective[clause.rule] ?? {})) {
      const fallback = libraryRule(clause.rule)?.params[param]?.default;
      const [value, brandValue] = [clause.params?.[param] ?? fallback, brand.params?.[param] ?? fallback];
      if (typeof value !== 'number' || typeof brandValue !== 'number') continue;
      if (way === 'higher' ? value < brandValue : value > brandValue)
        lowered.push({ clauseId: clause.id, param, value, brandValue });
    }
  }
  return lowered;
}

/** A lowered standard in words, in Chinese and English, naming the brand agreement it falls below. */
export function describeLoweredStandard(
  { clauseId, param, value, brandValue }: LoweredStandard,
  brandId: string,
): { zh: string; en: string } {
  return {
    zh: `条款 ${clauseId} 的 ${param} 为 ${value}，低于上级协议 ${brandId} 的标准 ${brandValue}（二次协商协议只能提高标准）`,
    en: `clause ${clauseId} sets ${param} to ${value}, below the standard of the brand agreement ${brandId} (${brandValue}): a secondary agreement may only raise it`,
  };
}
