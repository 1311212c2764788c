import { z } from 'zod';
import { agreementStatuses } from './agreements';
import { dataNotice, dataNoticeCodes } from './audits';
import { districtCode } from './codes';

/** The figures governance evaluates before and after an agreement (docs/governance.md defines each). */
export const governanceMetricKeys = [
  'late_rate',
  'penalty_rate',
  'late_money_penalty_rate',
  'allowed_min_per_km_p50',
  /** 承诺时速 / promised-time speed: distance ÷ the whole time promised, handover included (not the fitted riding speed). */
  'implied_kmh_p50',
  'speed_floor_breach_rate',
  'hourly_pay_p50',
  'below_min_hourly_share',
  'rest_compliance',
  'weather_subsidy_share',
  'fee_shown_share',
  'bad_review_deduction_rate',
  'commission_mean',
  'commission_above_cap_share',
  'bill_shown_share',
  'ride_hourly_pay_p50',
  'ride_below_min_hourly_share',
  'ride_rest_compliance',
  'courier_fee_share',
  'direct_payment_share',
  'freight_payment_delay_days',
  'freight_commission_rate',
] as const;
export type GovernanceMetricKey = (typeof governanceMetricKeys)[number];

export const metricUnits = ['share', 'min_per_km', 'kmh', 'cny_per_hour', 'days', 'rate'] as const;

/** A platform as its data names it: registry codes (`eleme`) and licence numbers of real exports (`HV0003`). */
const platformCode = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_]{1,31}$/,
    '不是平台代码：应为 2–32 个字母、数字或 _，以字母或数字开头，如 eleme / not a platform code: 2–32 letters, digits or _, starting with a letter or digit, such as eleme',
  );

/** A query parameter given empty (`?replicates=`) is read as not given: its default, or none. */
const blankAsAbsent = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema);

/**
 * Query of the analyses: which part of the data (an officer of a district sees their district only). The server
 * also refuses a district the city does not have and a platform the registry does not know (400).
 */
export const analysisQuery = z.object({
  platform: blankAsAbsent(platformCode.optional()),
  district: blankAsAbsent(districtCode.optional()),
  replicates: blankAsAbsent(z.coerce.number().int().min(50).max(1000).default(200)),
  seed: blankAsAbsent(
    z.coerce
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .default(20250501),
  ),
});
export type AnalysisQuery = z.infer<typeof analysisQuery>;

/**
 * With `metric`, one of the metrics measured in the agreement's industry: the server refuses any other (400), naming
 * those of the industry, so the schema does not list every industry's metrics first.
 */
export const evaluationQuery = analysisQuery.extend({
  metric: blankAsAbsent(z.string().max(64).optional()),
});

const estimate = z.object({
  groups: z.record(z.string(), z.string()),
  estimate: z.number().nullable(),
  lo: z.number().nullable(),
  hi: z.number().nullable(),
  se: z.number().nullable(),
  clusters: z.number(),
  units: z.number(),
});
export type EstimateView = z.infer<typeof estimate>;

const contrastView = z.object({
  estimate: z.number().nullable(),
  lo: z.number().nullable(),
  hi: z.number().nullable(),
  p: z.number().nullable(),
});
export type ContrastView = z.infer<typeof contrastView>;

export const metricEvaluationView = z.object({
  key: z.enum(governanceMetricKeys),
  kind: z.string(),
  unit: z.enum(metricUnits),
  better: z.enum(['higher', 'lower']),
  cells: z.array(
    estimate.extend({ arm: z.enum(['treated', 'control']), period: z.enum(['before', 'after']) }),
  ),
  treatedChange: contrastView,
  controlChange: contrastView.nullable(),
  did: contrastView.nullable(),
  byPlatform: z.array(estimate).optional(),
  byMonth: z.array(estimate).optional(),
  byDistrict: z.array(estimate).optional(),
});
export type MetricEvaluationView = z.infer<typeof metricEvaluationView>;

export const evaluationView = z.object({
  agreementId: z.string(),
  agreementTitle: z.string(),
  effectiveFrom: z.string(),
  /** The covered arm: exactly the rows an audit of the agreement reads. */
  treated: z.object({
    platforms: z.array(z.string()),
    districts: z.array(z.string()),
    riderTypes: z.array(z.string()),
    franchisees: z.array(z.string()),
  }),
  /** What sets the control arm (the industry's rows the agreement does not cover) apart; none when there are none. */
  control: z.enum(['platforms', 'districts', 'rider_types', 'franchisees', 'none']),
  scope: z.object({ platform: z.string().nullable(), district: z.string().nullable() }),
  replicates: z.number(),
  seed: z.number(),
  datasets: z.number(),
  metrics: z.array(metricEvaluationView),
  /**
   * The control arm's units that other agreements of the industry (every status but draft) cover in the period
   * compared, left out of it before and after the effective date: per kind, how many in all and by agreement.
   */
  controlLeftOut: z.array(
    z.object({
      kind: z.string(),
      rows: z.number(),
      agreements: z.array(
        z.object({
          agreementId: z.string(),
          title: z.string(),
          titleEn: z.string().nullable(),
          effectiveFrom: z.string(),
          effectiveTo: z.string().nullable(),
          rows: z.number(),
        }),
      ),
    }),
  ),
  /**
   * Why no metric has a control arm, so that there is no control change nor difference-in-differences: the
   * agreement covers every row of its industry (`covers_all`); every row it does not cover is one other agreements
   * cover, left out (`left_out`); the reader's scope is one platform, all of whose rows it covers
   * (`scope_platform`); the data in the reader's scope holds no row it does not cover (`no_rows`). Null when some
   * metric has a control arm.
   */
  noControl: z.enum(['covers_all', 'left_out', 'scope_platform', 'no_rows']).nullable(),
  /**
   * What the reader should know of the data read: rows a later upload holds again, read from it alone; control rows
   * other agreements cover, left out.
   */
  notices: z.array(dataNotice),
});
export type EvaluationView = z.infer<typeof evaluationView>;

export const governanceAgreementView = z.object({
  id: z.string(),
  title: z.string(),
  titleEn: z.string().nullable(),
  industry: z.string(),
  platforms: z.array(z.string()),
  effectiveFrom: z.string(),
  status: z.string(),
  /** Days of stored data before and after the effective date (0 when a side is missing). */
  daysBefore: z.number(),
  daysAfter: z.number(),
});
export type GovernanceAgreementView = z.infer<typeof governanceAgreementView>;

const bin = z.object({ from: z.number(), count: z.number() });
export type BinView = z.infer<typeof bin>;
/**
 * 95 % 区间 / a 95 % interval: for a Theil–Sen slope, Sen's distribution-free interval from the ranks of the pair
 * slopes. A null bound is none: both null when the points are too few for an interval, `hi` alone null for a
 * riding speed whose slope interval reaches 0 (no upper bound).
 */
const interval = z.object({ lo: z.number().nullable(), hi: z.number().nullable() });
export type IntervalView = z.infer<typeof interval>;
const timeFit = z.object({
  intercept: z.number().nullable(),
  slope: z.number().nullable(),
  /** The minutes per km's 95 % interval: what another sample of orders could have given. */
  slopeInterval: interval,
  /**
   * 拟合骑行速度 / fitted riding speed: 60 ÷ the fitted minutes per km, the fixed handover minutes left out. Not
   * the evaluation's `implied_kmh_p50` (承诺时速, distance over the whole promised time, handover included).
   */
  ridingKmh: z.number().nullable(),
  /** The riding speed's 95 % interval: 60 ÷ the bounds of the minutes per km. */
  ridingKmhInterval: interval,
  /** Orders the fit used: a seeded sample of the group's. */
  n: z.number(),
});

export const inferenceQuery = analysisQuery.omit({ replicates: true }).extend({
  industry: blankAsAbsent(z.enum(['food_delivery', 'ride_hailing']).default('food_delivery')),
});

/** Pay per order against km; an interval of `perKm` that holds 0 shows no dependence of pay on distance. */
const payFit = z.object({
  intercept: z.number().nullable(),
  perKm: z.number().nullable(),
  perKmInterval: interval,
  n: z.number(),
});

/**
 * The months a headline fit covers — first and last (`YYYY-MM`; null without orders) and their orders — and the
 * latest change it starts from: its month, the first month of the rule before, and `<value>Before` → `<value>After`.
 */
const fitPeriod = <V extends 'kmh' | 'perKm'>(value: V) =>
  z.object({
    from: z.string().nullable(),
    to: z.string().nullable(),
    orders: z.number(),
    change: z
      .object({
        month: z.string(),
        previousFrom: z.string(),
        [`${value}Before`]: z.number().nullable(),
        [`${value}After`]: z.number().nullable(),
      } as { month: z.ZodString; previousFrom: z.ZodString } & Record<
        `${V}Before` | `${V}After`,
        z.ZodNullable<z.ZodNumber>
      >)
      .nullable(),
  });

export const deliveryInferenceView = z.object({
  orders: z.number(),
  /** 现行时间函数 / the time function now in force: fitted over the months of `timeFitPeriod`. */
  timeFit,
  /**
   * The months `timeFit`, `hourEffect` and `weatherEffect` cover: since the latest month whose fitted speed differs
   * from the month's before it (95 % intervals apart and by at least 0.5 km/h), or every month where none does.
   */
  timeFitPeriod: fitPeriod('kmh'),
  byMonth: z.array(timeFit.extend({ month: z.string() })),
  /** Median extra minutes (residual of `timeFit`) by hour of acceptance, 0–23, over the months of the fit. */
  hourEffect: z.array(z.object({ hour: z.number(), minutes: z.number().nullable(), orders: z.number() })),
  /** By weather alert level, over the fit's orders that have one; empty without weather data (`weatherData`). */
  weatherEffect: z.array(z.object({ level: z.number(), minutes: z.number().nullable(), orders: z.number() })),
  /**
   * Whether any order of the fit's months has a weather alert level (the export's own, or one derived from the
   * weather alerts dataset). Without one there is no weather effect to read, not a period without alerts.
   */
  weatherData: z.boolean(),
  scatter: z.array(z.object({ km: z.number(), minutes: z.number() })),
  speedHistogram: z.array(bin),
  strictness: z.object({
    bands: z.array(
      z.object({
        km: z.number(),
        orders: z.number(),
        promised: z.number(),
        actualP10: z.number(),
        actualP50: z.number(),
        index: z.number().nullable(),
      }),
    ),
    index: z.number().nullable(),
    strict: z.boolean(),
  }),
  /** 现行计价 / the pay rule now in force: fitted over the months of `payFitPeriod`. */
  payFit,
  /**
   * The months `payFit` covers: since the latest month whose pay per km differs from the month's before it (95 %
   * intervals apart and by at least 0.1 CNY), or every month where none does.
   */
  payFitPeriod: fitPeriod('perKm'),
  payByMonth: z.array(payFit.extend({ month: z.string() })),
  hourlyPay: z.object({
    histogram: z.array(bin),
    median: z.number().nullable(),
    shareBelow: z.number().nullable(),
    minHourly: z.number(),
  }),
});
export type DeliveryInferenceView = z.infer<typeof deliveryInferenceView>;

export const rideInferenceView = z.object({
  trips: z.number(),
  commission: z.object({
    histogram: z.array(bin),
    mean: z.number().nullable(),
    shareAboveCap: z.number().nullable(),
    cap: z.number(),
  }),
  payPerMinute: z.object({
    intercept: z.number().nullable(),
    slope: z.number().nullable(),
    slopeInterval: interval,
    n: z.number(),
  }),
  byMonth: z.array(
    z.object({
      month: z.string(),
      mean: z.number().nullable(),
      shareAboveCap: z.number().nullable(),
      trips: z.number(),
    }),
  ),
});
export type RideInferenceView = z.infer<typeof rideInferenceView>;

export const inferenceView = z.object({
  industry: z.enum(['food_delivery', 'ride_hailing']),
  scope: z.object({ platform: z.string().nullable(), district: z.string().nullable() }),
  platforms: z.array(z.string()),
  delivery: deliveryInferenceView.nullable(),
  rides: rideInferenceView.nullable(),
  /** What the reader should know of the data read, as the evaluation says it. */
  notices: z.array(dataNotice),
});
export type InferenceView = z.infer<typeof inferenceView>;

// ── Negotiation sandbox ─────────────────────────────────────────────────────────────────────────────────────

const plainParamValue = z.union([z.number(), z.string().max(200), z.boolean()]);

/**
 * A changed parameter as an agreement writes one: a value for every date, or values by effective date
 * (`[{from: "2025-05-01", value: 24}, {from: "2025-07-01", value: 25}]`), whose dates and coverage the rules check.
 */
const paramValue = z.union(
  [
    plainParamValue,
    z
      .array(z.object({ from: z.string().max(10), value: plainParamValue }))
      .min(1)
      .max(20),
  ],
  {
    error:
      '应为数字、文字、true/false，或按日期生效的取值列表 [{"from": "YYYY-MM-DD", "value": …}] / a number, text, true/false, or values by date [{"from": "YYYY-MM-DD", "value": …}]',
  },
);
export type ScenarioParamValue = z.infer<typeof paramValue>;

/** A day of a scenario's replay period, YYYY-MM-DD, one the calendar has. */
const replayDay = z.iso.date(
  '应为日历上的日期 YYYY-MM-DD，如 2025-04-14 / a calendar day YYYY-MM-DD, such as 2025-04-14',
);

/**
 * How a scenario's replay period was chosen: the agreement's own days in the stored data (an agreement signed or
 * in force whose days the data reaches), the latest three months of stored data (a draft, an agreement under
 * negotiation, or one whose days the data does not reach), or the days the user asked for.
 */
export const replayPeriodBases = ['agreement', 'latest_data', 'requested'] as const;

/** The days a scenario replays, both included, and how they were chosen. */
export const replayPeriod = z.object({
  from: z.string(),
  to: z.string(),
  basis: z.enum(replayPeriodBases),
});
export type ReplayPeriod = z.infer<typeof replayPeriod>;

/** A field the sandbox does not take (a misspelt parameter) is refused, never dropped from the scenario. */
export const createScenarioInput = z.strictObject({
  agreementId: z.string().trim().min(2).max(82),
  name: z.string().trim().min(1, '请填写情景名称 / give the scenario a name').max(100),
  /** clause id → parameter → value. */
  params: z.record(z.string().max(80), z.record(z.string().max(80), paramValue)).default({}),
  /**
   * The district whose rows the scenario reads (GB/T 2260 code), for a city officer; a district officer's
   * scenario always reads their own district's, and a city officer's without one the whole city's.
   */
  district: districtCode.optional(),
  timeFormula: z
    .strictObject({ baseMinutes: z.number().min(0).max(120), minutesPerKm: z.number().min(0).max(30) })
    .optional(),
  payFormula: z
    .strictObject({ baseCny: z.number().min(0).max(500), perKmCny: z.number().min(0).max(100) })
    .optional(),
  /**
   * The days to replay, both included, read as if the agreement (with the scenario's changes) were in force on
   * them. Without either, the default (`replayPeriodBases`); with one, the other is the first or the last day of
   * stored data. A period with no stored data, or `from` after `to`, is refused (400) naming the field.
   */
  from: replayDay.optional(),
  to: replayDay.optional(),
});
export type CreateScenarioInput = z.infer<typeof createScenarioInput>;

export const scenarioStatusValues = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;

const outcome = z.object({
  clauses: z.array(
    z.object({
      clauseId: z.string(),
      title: z.string(),
      rule: z.string().nullable(),
      status: z.string(),
      checked: z.number(),
      violations: z.number(),
      /** The findings' amounts summed exactly, then rounded to the fen (CNY, two places), as every amount here. */
      amount: z.string(),
    }),
  ),
  income: z.object({
    workerDays: z.number(),
    medianHourly: z.number().nullable(),
    shareBelowMinimum: z.number().nullable(),
    minHourly: z.number(),
  }),
  /**
   * What the version costs the platform (CNY). The formula's pay, the top-up and the other clauses' findings hold
   * different money; `findingsAmount` holds the top-up too (the hourly-pay clause's findings are that shortfall).
   */
  cost: z.object({
    /**
     * Pay the platform would add so that no worker-day falls below the hourly minimum, after a proposed pay
     * formula: the days and the amount the version's hourly-pay clause finds.
     */
    topUpToMinimum: z.string(),
    /** Money every clause's findings say is owed, the hourly-pay clause's shortfall included. */
    findingsAmount: z.string(),
    /**
     * Money the findings of the clauses other than the hourly-pay clause say is owed back (fines refunded,
     * commission above a cap, unpaid fees): `findingsAmount` less the top-up. Absent from results stored before.
     */
    otherFindingsAmount: z.string().optional(),
    /** Pay added by a proposed pay formula (orders paid below it raised to it). */
    formulaPay: z.string(),
  }),
  time: z
    .object({
      ordersBelowFormula: z.number(),
      extraMinutesMedian: z.number().nullable(),
      lateOrdersOnTimeUnderFormula: z.number(),
      finesOnThoseOrders: z.string(),
    })
    .nullable(),
});
export type ScenarioOutcome = z.infer<typeof outcome>;

/** The area whose rows a scenario read: the whole city or one district, named in both languages. */
export const scenarioArea = z.object({
  level: z.enum(['city', 'district']),
  code: z.string(),
  zh: z.string(),
  en: z.string(),
});
export type ScenarioArea = z.infer<typeof scenarioArea>;

/**
 * What a scenario says of the data it read: the audits' notices (`dataNotice`), and `no_rows_covered` — the
 * scenario's area holds no row the agreement covers, so that it checked none.
 */
export const scenarioNoticeCodes = [...dataNoticeCodes, 'no_rows_covered'] as const;
export const scenarioNotice = dataNotice.extend({ code: z.enum(scenarioNoticeCodes) });
export type ScenarioNotice = z.infer<typeof scenarioNotice>;

/**
 * Both outcomes of a scenario and what they were read from. `area` and `notices` are absent from results
 * stored before scenarios recorded them.
 */
export const scenarioResult = z.object({
  baseline: outcome,
  scenario: outcome,
  datasets: z.number(),
  area: scenarioArea.optional(),
  notices: z.array(scenarioNotice).optional(),
  /**
   * The days replayed, with the agreement's effective date (days before it are read with the parameter values in
   * force on that date). Absent from results stored before scenarios had a period: those read the agreement's
   * own days.
   */
  period: replayPeriod.extend({ agreementFrom: z.string() }).optional(),
});
export type ScenarioResult = z.infer<typeof scenarioResult>;

export const scenarioView = z.object({
  id: z.string(),
  agreementId: z.string(),
  agreementVersion: z.number(),
  name: z.string(),
  changes: z.object({
    params: z.record(z.string(), z.record(z.string(), paramValue)),
    timeFormula: z.object({ baseMinutes: z.number(), minutesPerKm: z.number() }).optional(),
    payFormula: z.object({ baseCny: z.number(), perKmCny: z.number() }).optional(),
    /** The days the scenario replays, chosen when it was saved; absent from scenarios saved before periods. */
    period: replayPeriod.optional(),
  }),
  status: z.enum(scenarioStatusValues),
  progress: z.object({ done: z.number(), total: z.number() }),
  cancelRequested: z.boolean(),
  result: scenarioResult.nullable(),
  error: z.string().nullable(),
  /** The display name of the account that saved it, as audit runs name theirs. */
  createdByName: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ScenarioView = z.infer<typeof scenarioView>;

export const scenarioListQuery = z.object({ agreementId: z.string().max(82).optional() });

/**
 * An agreement a scenario may be run on, drafts and agreements under negotiation included: its stored data (the
 * first and last day of the industry's data with rows of its platforms; null without any) and the period a
 * scenario replays when none is asked for (null without data).
 */
export const sandboxAgreementView = z.object({
  id: z.string(),
  title: z.string(),
  titleEn: z.string().nullable(),
  industry: z.string(),
  status: z.enum(agreementStatuses),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  data: z.object({ from: z.string(), to: z.string() }).nullable(),
  defaultPeriod: replayPeriod.nullable(),
});
export type SandboxAgreementView = z.infer<typeof sandboxAgreementView>;

// ── Scorecards ──────────────────────────────────────────────────────────────────────────────────────────────

export const fairworkPrinciples = ['pay', 'conditions', 'contracts', 'management', 'representation'] as const;
export type FairworkPrinciple = (typeof fairworkPrinciples)[number];

export const scorecardEvidenceTargets = [
  'findings',
  'audit_run',
  'agreement',
  'inference',
  'evaluation',
  'data',
] as const;
export type ScorecardEvidenceTarget = (typeof scorecardEvidenceTargets)[number];

export const scorecardPointView = z.object({
  /** `pay.1`, `pay.2`, …: the second point of a principle counts only when the first is met. */
  id: z.string(),
  principle: z.enum(fairworkPrinciples),
  level: z.union([z.literal(1), z.literal(2)]),
  awarded: z.boolean(),
  /** Whether the evidence decided it; false when the data lacks what the point needs. */
  assessed: z.boolean(),
  metric: z.string(),
  value: z.number().nullable(),
  comparator: z.enum(['>=', '<=', '=']),
  threshold: z.number(),
  unit: z.string(),
  /**
   * Where the evidence is: `target` says what the link opens (the findings of one clause on the platform over the
   * card's days, the run's per-clause results, the agreement, the inference view, the agreement's before/after
   * evaluation of the metric, the platform's datasets). `link` is null when no page the reader may open shows the
   * figure: the public gets links to public pages only.
   */
  evidence: z.object({ target: z.enum(scorecardEvidenceTargets), link: z.string().nullable() }),
});
export type ScorecardPointView = z.infer<typeof scorecardPointView>;

export const scorecardReplyView = z.object({
  id: z.string(),
  principle: z.enum(fairworkPrinciples).nullable(),
  body: z.string(),
  /**
   * The display name of the representative's account for signed-in readers; for the public, the platform's
   * representative under the platform's name (`淘宝闪购（饿了么）平台代表 / Taobao Flash (Ele.me) representative`),
   * no one's own name.
   */
  authorName: z.string(),
  createdAt: z.string(),
});
export type ScorecardReplyView = z.infer<typeof scorecardReplyView>;

export const scorecardView = z.object({
  platform: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  industry: z.string(),
  score: z.number(),
  points: z.array(scorecardPointView),
  /**
   * The days the data points are measured over: since the agreement the card is scored under took effect (one in
   * force covering the platform that holds its rows in its days and scope: `agreement`, naming it), else the
   * platform's latest four weeks of data (`recent`; `before_agreement` naming the agreement covering it that its
   * data has yet to show, as one taking effect after the data ends). Null days: no data in it.
   */
  period: z.object({
    from: z.string().nullable(),
    to: z.string().nullable(),
    basis: z.enum(['agreement', 'recent', 'before_agreement']),
    agreementId: z.string().nullable(),
  }),
  /** The audit run the points from findings rest on: for signed-in readers only, never in the public view. */
  auditRunId: z.string().nullable(),
  /**
   * Stored datasets with the platform's rows that the audit run did not read (a later upload): the points from
   * the run's findings then rest on earlier data than the card's other figures, until the agreement is audited again.
   */
  unauditedDatasets: z.number().int(),
  replies: z.array(scorecardReplyView),
});
export type ScorecardView = z.infer<typeof scorecardView>;

export const scorecardListView = z.object({
  computedAt: z.string(),
  items: z.array(scorecardView),
});
export type ScorecardListView = z.infer<typeof scorecardListView>;

/** A card as the public reads it: no internal ids (every link to an audit is null there anyway). */
export const publicScorecardView = scorecardView.omit({ auditRunId: true });
export type PublicScorecardView = z.infer<typeof publicScorecardView>;

export const publicScorecardListView = z.object({
  computedAt: z.string(),
  items: z.array(publicScorecardView),
});
export type PublicScorecardListView = z.infer<typeof publicScorecardListView>;

export const scorecardReplyInput = z.strictObject({
  principle: z.enum(fairworkPrinciples).nullable().default(null),
  body: z
    .string()
    .trim()
    .min(1, '请填写答复 / write the reply')
    .max(2000, '答复最长2000字 / at most 2000 characters'),
});
export type ScorecardReplyInput = z.infer<typeof scorecardReplyInput>;
