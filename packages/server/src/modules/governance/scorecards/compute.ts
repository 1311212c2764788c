import { datasetKinds, type DatasetKind, type Industry } from '@gigpact/contracts';
import { sqlString } from '@gigpact/datasets';
import type { Agreement } from '@gigpact/rules';
import type { Database } from '../../../platform/db/client';
import type { Actor } from '../../../platform/security/actor';
import { listAgreements } from '../../agreements/agreements.repository';
import { latestRuns } from '../../audits/findings/open-findings';
import { dismissedByRunAndPlatform } from '../../audits/findings/reviews.repository';
import { coveredRowsSql } from '../../audits/engine/views';
import { datasetPolicies } from '../../datasets/policies';
import { platforms as registryPlatforms } from '../../registry/schema';
import { AnalysisCache } from '../commands/analysis-cache';
import { catalogueDatasets, openAnalysisData, type AnalysisData } from '../data/analysis-data';
import { coveredPlatforms, defaultMetricParams, metricParamsOf } from '../metrics/agreement-params';
import { availableMetrics, optionalReader } from '../metrics/definitions';
import { storedWorkerDays } from '../metrics/stored-days';
import { duckRows, num } from '../stats/duck';
import { inverseQuantileSql } from '../stats/inverse-quantile';
import { chooseAgreement } from './agreement-choice';
import { scoringPeriod, type AgreementInForce, type ScoringPeriod } from './scoring-period';
import { pointsUnderAgreement, thresholdDay } from './agreement-thresholds';
import { evidenceLinks, type EvidenceContext, type EvidenceLinks } from './evidence';
import { pointSpecs, scorePoints, type ScoredPoint } from './points';

const kindIndustry: Partial<Record<DatasetKind, Industry>> = {
  delivery_orders: 'food_delivery',
  ride_trips: 'ride_hailing',
  parcel_deliveries: 'express',
  freight_orders: 'freight',
};
const timeColumn: Partial<Record<DatasetKind, string>> = {
  delivery_orders: 'accepted_at',
  ride_trips: 'pickup_at',
  parcel_deliveries: 'delivered_at',
  freight_orders: 'completed_at',
};
const platformColumn = (kind: DatasetKind) => (kind === 'parcel_deliveries' ? 'company' : 'platform');

export interface ComputedCard {
  platform: string;
  nameZh: string;
  nameEn: string;
  industry: Industry;
  points: (ScoredPoint & { links: EvidenceLinks })[];
  period: ScoringPeriod;
  auditRunId: string | null;
  /**
   * Stored datasets of the platform's industry holding its rows (or any platform's) that the audit run did not
   * read, such as a later month's upload: the points from the run's findings then rest on earlier data than the
   * card's other figures. Zero without a run.
   */
  unauditedDatasets: number;
}

interface DataFigures {
  platform: string;
  industry: Industry;
  values: Map<string, number | null>;
  period: ScoringPeriod;
  /** Whether the period holds every day of the platform's stored data, as the inference view reads it. */
  everyDay: boolean;
  /** The agreement in force the card is scored under, if any. */
  agreement: AgreementInForce | null;
}

const figuresCache = new AnalysisCache<DataFigures[]>(8);

/** The industry whose workers a roster entry's `kind` names. */
const workerIndustry: Record<string, Industry> = {
  rider: 'food_delivery',
  courier: 'express',
  ride_driver: 'ride_hailing',
  freight_driver: 'freight',
};

/** One card per platform and industry: a platform in two industries (delivery and rides) has two cards. */
const cardKey = (industry: Industry, platform: string) => `${industry}/${platform}`;

/**
 * Every metric of every platform over its scoring period (`scoring-period.ts`: since the agreement it is scored
 * under took effect, `agreement-choice.ts`, else its latest four weeks): point estimates, one grouped query per
 * metric and agreement. A platform under an agreement is measured by that agreement's parameters, each on the unit's day
 * (an hourly minimum of 24 yuan in May 2025 counts the rider-days below 24), as its audit measures it; one
 * without, by the library's defaults. Exported for tests.
 */
export async function dataFigures(
  data: AnalysisData,
  inForce: readonly AgreementInForce[] = [],
): Promise<DataFigures[]> {
  const c = data.duck.connection;
  const out = new Map<string, DataFigures>();
  for (const [kind, industry] of Object.entries(kindIndustry) as [DatasetKind, Industry][]) {
    if (!data.columns[kind]) continue;
    const periods = await duckRows(
      c,
      `SELECT ${platformColumn(kind)} AS platform, CAST(min(${timeColumn[kind]}) AS DATE)::VARCHAR AS f,
         CAST(max(${timeColumn[kind]}) AS DATE)::VARCHAR AS t FROM ${kind} GROUP BY 1 ORDER BY 1`,
    );
    const candidates = inForce.filter((a) => a.industry === industry);
    const covered = await coveredRowCounts(c, kind, data.columns[kind], candidates);
    const cards: DataFigures[] = periods.map((p) => {
      const platform = String(p.platform);
      const choice = chooseAgreement(
        candidates
          .filter((a) => covers(a, { industry, platform }))
          .map((agreement) => ({ agreement, coveredRows: covered.get(agreement.id)?.get(platform) ?? 0 })),
        p.t as string | null,
      );
      const period = scoringPeriod({ from: p.f as string | null, to: p.t as string | null }, choice);
      return {
        platform,
        industry,
        values: new Map(),
        period,
        everyDay: period.from !== null && period.from === p.f && period.to === p.t,
        // Measured under the agreement only over days it was in force.
        agreement:
          period.basis === 'agreement' ? (candidates.find((a) => a.id === period.agreementId) ?? null) : null,
      };
    });
    for (const card of cards) out.set(cardKey(industry, card.platform), card);
    // Each platform's rows within its own period, and the agreement it is measured under.
    const measured = cards.filter((card) => card.period.from && card.period.to);
    const windows = measured.map(
      (card) =>
        `(${sqlString(card.platform)}, DATE ${sqlString(card.period.from!)}, DATE ${sqlString(card.period.to!)},
          ${card.agreement ? sqlString(card.agreement.id) : 'NULL::VARCHAR'})`,
    );
    await c.run(
      windows.length
        ? `CREATE OR REPLACE TEMP TABLE card_periods AS SELECT * FROM (VALUES ${windows.join(', ')}) w(platform, first_day, last_day, agreement_id)`
        : `CREATE OR REPLACE TEMP TABLE card_periods (platform VARCHAR, first_day DATE, last_day DATE, agreement_id VARCHAR)`,
    );
    const agreementsMeasured = [
      ...new Map(measured.map((card) => [card.agreement?.id, card.agreement])).values(),
    ];
    const workerDaysOf = storedWorkerDays(c, `card_days_${kind}`);
    const optional = optionalReader(data.columns, kind);
    for (const metric of availableMetrics(data.columns).filter((m) => m.kind === kind)) {
      for (const agreement of agreementsMeasured) {
        const params = agreement ? metricParamsOf(agreement.document) : defaultMetricParams;
        const days = await workerDaysOf(metric, optional, params, 'TRUE');
        const units = `SELECT u.* FROM (${metric.units(optional, params, 'TRUE', days)}) u
          JOIN card_periods w ON u.platform = w.platform AND u.day BETWEEN w.first_day AND w.last_day
            AND w.agreement_id IS NOT DISTINCT FROM ${agreement ? sqlString(agreement.id) : 'NULL'}`;
        const sql =
          metric.estimator.type === 'ratio'
            ? `SELECT platform, sum(num) / nullif(sum(den), 0) AS v FROM (${units}) GROUP BY platform`
            : inverseQuantileSql(units, 'platform', metric.estimator.q);
        for (const row of await duckRows(c, sql))
          out.get(cardKey(industry, String(row.platform)))?.values.set(metric.key, num(row.v));
      }
    }
  }
  if (data.columns.workers?.includes('union_member')) {
    for (const row of await duckRows(
      c,
      `SELECT platform, kind, avg(union_member::INT) AS v FROM workers WHERE union_member IS NOT NULL
       GROUP BY platform, kind`,
    )) {
      const industry = workerIndustry[String(row.kind)];
      if (industry)
        out.get(cardKey(industry, String(row.platform)))?.values.set('union_member_share', num(row.v));
    }
  }
  return [...out.values()].sort(
    (a, b) => a.platform.localeCompare(b.platform) || a.industry.localeCompare(b.industry),
  );
}

/**
 * How many rows of each platform each agreement covers: on a day from its effective date to its last, and within
 * its scope (its platforms, districts, rider types, franchisees), as its audit reads them (`coveredRowsSql`). By
 * agreement id, then platform; one pass over the data.
 */
async function coveredRowCounts(
  c: AnalysisData['duck']['connection'],
  kind: DatasetKind,
  columns: readonly string[],
  agreements: readonly AgreementInForce[],
): Promise<Map<string, Map<string, number>>> {
  const counts = new Map(agreements.map((a) => [a.id, new Map<string, number>()]));
  if (agreements.length === 0) return counts;
  const day = `CAST(${timeColumn[kind]} AS DATE)`;
  const inDays = (a: AgreementInForce) =>
    `${day} >= DATE ${sqlString(a.effectiveFrom)}${a.effectiveTo ? ` AND ${day} <= DATE ${sqlString(a.effectiveTo)}` : ''}`;
  const rows = await duckRows(
    c,
    `SELECT ${platformColumn(kind)} AS platform,
       ${agreements.map((a, i) => `count(*) FILTER (WHERE ${inDays(a)} AND ${coveredRowsSql(a.document, kind, columns)}) AS a${i}`).join(',\n       ')}
     FROM ${kind} GROUP BY 1`,
  );
  for (const row of rows)
    agreements.forEach((a, i) => counts.get(a.id)!.set(String(row.platform), Number(row[`a${i}`])));
  return counts;
}

/**
 * The kinds of the platform's datasets `reader` finds in the data catalogue (`/api/datasets` shows a dataset only
 * to whom `datasetPolicies.view` allows it). None for the public.
 */
function catalogueKindsOf(
  catalogue: readonly { kind: DatasetKind; platforms: readonly string[] }[],
  platform: string,
  reader: Actor | null,
): Set<string> {
  if (!reader || !datasetPolicies.viewCatalogue(reader)) return new Set();
  return new Set(
    catalogue
      .filter((d) => d.platforms.includes(platform))
      .filter((d) => datasetPolicies.view(reader, { kind: d.kind, platform: null, platforms: d.platforms }))
      .map((d) => d.kind),
  );
}

const covers = (
  agreement: Pick<Agreement, 'industry'> & { platforms: string[] },
  card: { industry: Industry; platform: string },
) =>
  agreement.industry === card.industry &&
  (agreement.platforms.length === 0 || agreement.platforms.includes(card.platform));

/** A card's points, each threshold that is a clause's parameter as its agreement sets it. */
const specsOf = (card: DataFigures) =>
  card.agreement
    ? pointsUnderAgreement(
        pointSpecs[card.industry],
        card.agreement.document,
        thresholdDay(card.period, card.agreement),
      )
    : pointSpecs[card.industry];

/**
 * Scorecards of every platform with stored data of the city: metrics over its scoring period, whether an
 * agreement covering it is in force, the union membership of its workers and the latest succeeded audit run of
 * an agreement covering it, of its stored version with its own coverage (the platform's findings per 1,000 of its rows
 * the run audited, less those dismissed on review).
 * Each point carries the link to its evidence, to pages `reader` may open (null: the public, who get public pages).
 */
export async function computeScorecards(
  db: Database,
  dataDir: string,
  reader: Actor | null = null,
): Promise<ComputedCard[]> {
  const kinds = datasetKinds.filter((k) => k in kindIndustry || k === 'workers');
  const catalogue = await catalogueDatasets(db, kinds);
  const ids = catalogue.map((d) => d.id);
  const inForceRows = await listAgreements(db, { status: ['in_force'] });
  const agreements = inForceRows.map((r) => r.agreement);
  const inForce: AgreementInForce[] = inForceRows.map(({ agreement, version }) => ({
    id: agreement.id,
    industry: agreement.industry,
    platforms: agreement.platforms,
    effectiveFrom: agreement.effectiveFrom,
    effectiveTo: version.document.effective_to ?? null,
    document: version.document,
  }));
  const figures = await figuresCache.get(JSON.stringify([ids, inForce]), async () => {
    const data = await openAnalysisData(db, dataDir, kinds);
    try {
      return await dataFigures(data, inForce);
    } finally {
      data.duck.close();
    }
  });
  // The latest official run of each agreement (a stored version with its own coverage, not a study), newest first.
  const runs = await latestRuns(db);
  const dismissed = await dismissedByRunAndPlatform(
    db,
    runs.map((r) => r.id),
  );
  const names = new Map(
    (await db.select().from(registryPlatforms)).map((p) => [p.code, { zh: p.nameZh, en: p.nameEn }]),
  );
  return figures.map((card) => {
    const values = new Map(card.values);
    // The agreement the card's period names (the one it is scored under, or has yet to show), else any covering it.
    const agreement =
      agreements.find((a) => a.id === card.period.agreementId) ?? agreements.find((a) => covers(a, card));
    values.set('agreement_in_force', agreement ? 1 : 0);
    const run = runs.find(
      (r) =>
        r.summary &&
        covers({ industry: r.agreement.industry, platforms: coveredPlatforms(r.agreement) }, card),
    );
    // The platform's own findings over its own rows (the run may hold other platforms' data too), less those the
    // union dismissed on review: a finding set aside counts against no one.
    const own = run?.summary?.platforms?.find((p) => p.platform === card.platform);
    if (own) {
      const standing = own.findings - (dismissed.get(`${run!.id}|${card.platform}`) ?? 0);
      values.set('audit_findings_per_1000_rows', own.rows > 0 ? (standing / own.rows) * 1000 : null);
    }
    const context: EvidenceContext = {
      platform: card.platform,
      industry: card.industry,
      period: card.period,
      everyDay: card.everyDay,
      run: run?.summary ? { id: run.id, agreementId: run.agreementId, clauses: run.summary.clauses } : null,
      agreementId: agreement?.id ?? null,
      catalogueKinds: catalogueKindsOf(catalogue, card.platform, reader),
    };
    const unaudited = run
      ? catalogue.filter(
          (d) =>
            kindIndustry[d.kind] === card.industry &&
            (d.platforms.length === 0 || d.platforms.includes(card.platform)) &&
            !run.datasetIds.includes(d.id),
        ).length
      : 0;
    const name = names.get(card.platform);
    return {
      platform: card.platform,
      nameZh: name?.zh ?? card.platform,
      nameEn: name?.en ?? card.platform,
      industry: card.industry,
      points: scorePoints(specsOf(card), values).map((p) => ({
        ...p,
        links: evidenceLinks(p, context),
      })),
      period: card.period,
      auditRunId: run?.id ?? null,
      unauditedDatasets: unaudited,
    };
  });
}
