import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Industry } from '@gigpact/contracts';
import { platformCodeSchema } from '../ingest/options';
import { platformsByIndustry } from './reference';

/** Rules the simulator can inject row by row; aggregate rules are kept clean by construction (docs/datasets.md). */
export const injectableRules = [
  'fd.late_penalty_exemption',
  'fd.no_late_money_penalty',
  'fd.bad_review_no_deduction',
  'fd.eta_speed_floor',
  'fd.fee_shown_before_accept',
  'fd.weather_subsidy',
  'ex.direct_fee_share',
  'ex.direct_payment',
  'ex.wage_arrears',
  'rh.commission_cap',
  'rh.bill_transparency',
  'fr.freight_advance',
  'fr.commission_abs_cap',
  'fr.peak_fee_cap',
] as const;
export type InjectableRule = (typeof injectableRules)[number];

const dateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, {
  error: '应为写作 YYYY-MM-DD 的日期，如 2025-09-15 / a date written YYYY-MM-DD, e.g. 2025-09-15',
});

/** One platform's behaviour for one rule: the share of eligible rows that break it, optionally only in a window. */
const breachSchema = z.object({
  rule: z.enum(injectableRules),
  rate: z.number().min(0).max(1),
  /** First day (inclusive) the behaviour applies, e.g. before an agreement takes effect give `until`. */
  from: dateText.optional(),
  /** Day (exclusive) the behaviour stops, e.g. an agreement's effective date. */
  until: dateText.optional(),
});

export const scenarioSchema = z.object({
  name: z.string().default('scenario'),
  platforms: z.record(platformCodeSchema, z.array(breachSchema)),
});
export type Scenario = z.infer<typeof scenarioSchema>;
export type Breach = z.infer<typeof breachSchema>;

/**
 * The default story: before the (simulated) agreement of 2025-09-15 platforms break several clauses; afterwards
 * most breaches drop, so a before/after evaluation has something to find.
 */
export const defaultScenario: Scenario = {
  name: 'default: agreement effective 2025-09-15',
  platforms: {
    meituan: [
      { rule: 'fd.no_late_money_penalty', rate: 0.03, until: '2025-09-15' },
      { rule: 'fd.late_penalty_exemption', rate: 0.01, until: '2025-09-15' },
      { rule: 'fd.eta_speed_floor', rate: 0.04, until: '2025-09-15' },
      { rule: 'fd.eta_speed_floor', rate: 0.01, from: '2025-09-15' },
    ],
    eleme: [
      { rule: 'fd.bad_review_no_deduction', rate: 0.01 },
      { rule: 'fd.weather_subsidy', rate: 0.2, until: '2025-09-15' },
      { rule: 'fd.fee_shown_before_accept', rate: 0.02, until: '2025-09-15' },
    ],
    jd: [{ rule: 'fd.eta_speed_floor', rate: 0.02 }],
    jt: [
      { rule: 'ex.direct_fee_share', rate: 0.05, until: '2025-09-15' },
      { rule: 'ex.direct_payment', rate: 0.1, until: '2025-09-15' },
    ],
    zto: [{ rule: 'ex.wage_arrears', rate: 0.05 }],
    didi: [
      { rule: 'rh.commission_cap', rate: 0.03, until: '2025-09-15' },
      { rule: 'rh.bill_transparency', rate: 0.02 },
    ],
    t3: [{ rule: 'rh.commission_cap', rate: 0.01 }],
    huolala: [
      { rule: 'fr.commission_abs_cap', rate: 0.02 },
      { rule: 'fr.peak_fee_cap', rate: 0.03, until: '2025-09-15' },
    ],
    didi_freight: [{ rule: 'fr.freight_advance', rate: 0.05, until: '2025-09-15' }],
  },
};

export async function loadScenario(path: string): Promise<Scenario> {
  const text = await readFile(path, 'utf8');
  const data: unknown = /\.ya?ml$/i.test(path) ? parseYaml(text) : JSON.parse(text);
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) {
    // A record key's own message (a platform code's words) rather than zod's "Invalid key in record".
    const said = (i: z.core.$ZodIssue) =>
      i.code === 'invalid_key' && i.issues.length ? i.issues.map((k) => k.message).join('; ') : i.message;
    const issues = parsed.error.issues.map((i) => `${path}: ${i.path.join('.')}: ${said(i)}`).join('\n');
    throw new Error(`情景文件无效 / invalid scenario file\n${issues}`);
  }
  const problems = scenarioProblems(parsed.data);
  if (problems.length)
    throw new Error(
      `情景文件无效 / invalid scenario file\n${problems.map((p) => `${path}: ${p}`).join('\n')}`,
    );
  return parsed.data;
}

/** The industry of a library rule by its prefix: fd., ex., rh., fr. */
const industryOfRule: Record<string, Industry> = {
  fd: 'food_delivery',
  ex: 'express',
  rh: 'ride_hailing',
  fr: 'freight',
};

/**
 * What a scenario asks that the simulator would silently not do: a platform it does not simulate, or a rule of
 * another industry than the platform's (neither would inject anything).
 */
export function scenarioProblems(scenario: Scenario): string[] {
  const problems: string[] = [];
  for (const [platform, breaches] of Object.entries(scenario.platforms)) {
    const industry = (Object.keys(platformsByIndustry) as Industry[]).find((i) =>
      platformsByIndustry[i].some((p) => p.code === platform),
    );
    if (!industry) {
      const known = Object.values(platformsByIndustry)
        .flatMap((ps) => ps.map((p) => p.code))
        .join(', ');
      problems.push(
        `platforms.${platform}: 模拟器没有平台 ${platform}（可选：${known}） / the simulator has no platform ${platform} (one of: ${known})`,
      );
      continue;
    }
    breaches.forEach((b, i) => {
      const ruleIndustry = industryOfRule[b.rule.split('.')[0]!];
      if (ruleIndustry !== industry)
        problems.push(
          `platforms.${platform}.${i}.rule: ${b.rule} 不是 ${platform}（${industry}）所在行业的规则 / ${b.rule} is not a rule of ${platform}'s industry (${industry})`,
        );
    });
  }
  return problems;
}

/**
 * SQL giving the breach rate of `rule` for a row of platform `platformSql` on day `daySql` (a DATE expression):
 * the sum of the matching scenario entries' rates, 0 when none.
 */
export function breachRateSql(
  scenario: Scenario,
  rule: InjectableRule,
  platformSql: string,
  daySql: string,
): string {
  const arms: string[] = [];
  for (const [platform, breaches] of Object.entries(scenario.platforms)) {
    for (const b of breaches.filter((x) => x.rule === rule)) {
      const window = [
        b.from ? `${daySql} >= DATE '${b.from}'` : null,
        b.until ? `${daySql} < DATE '${b.until}'` : null,
      ]
        .filter(Boolean)
        .join(' AND ');
      arms.push(
        `CASE WHEN ${platformSql} = '${platform}'${window ? ` AND ${window}` : ''} THEN ${b.rate} ELSE 0 END`,
      );
    }
  }
  return arms.length ? `(${arms.join(' + ')})` : '0';
}
