import { cityDate, type DatasetKind } from '@gigpact/contracts';
import type { Locate } from '../agreement/load';
import type { Agreement } from '../agreement/types';
import { RuleError, RuleErrors, problemCollector, problemsOf } from '../errors';
import { dialects, type DialectName } from '../sql/dialects';
import { buildAuditQuery, buildFindingsQuery, buildSummaryQuery, type FindingsQuery } from '../sql/query';
import { coverageOf } from './coverage';
import { planRule, type RulePlan } from './plan';
import { ruleOfClause } from './rule-of-clause';
import { canDeriveAlertLevel, derivedAlertColumn } from '../weather/alerts';
import type { RuleSpec } from '../spec/rule-spec';

export interface CompileOptions {
  dialect: DialectName;
  /** The columns each supplied dataset has. Omitted: every canonical column of every dataset. */
  datasetColumns?: Partial<Record<DatasetKind, readonly string[]>>;
  /** The audit's as-of date (YYYY-MM-DD); the city's today (Asia/Shanghai) when omitted. */
  asOf?: string;
  /** Table (or view) name per dataset; the dataset kind by default. */
  tables?: Partial<Record<DatasetKind, string>>;
  /**
   * Where a worker timeline is sorted once (DuckDB): by worker id as well as by its hash. Without it the sort is
   * by the hash and the start alone, much faster, and the statement stops with `workerHashCollision` when two
   * workers' ids hash alike; the audit engine then compiles again with it.
   */
  exactWorkerOrder?: boolean;
  /**
   * Where a worker timeline is streamed (DuckDB): in how many parts of the workers (by the hash of their ids)
   * it is sorted and streamed, side by side. One per thread DuckDB runs the statement on; the dialect's
   * default (two for DuckDB) when omitted. The findings are the same for any number of parts.
   */
  timelineParts?: number;
  /**
   * The franchisees of the parcels the agreement covers (`franchisee_id` of the covered `parcel_deliveries`),
   * given by the audit engine when it audits payroll beside parcels: a payroll statement names no brand and
   * no district, so an agreement that names platforms or districts covers the payroll of those franchisees.
   */
  payrollFranchisees?: readonly string[];
}

export type ClauseStatus =
  | { clauseId: string; status: 'applicable'; ruleId: string; dataset: DatasetKind; plan: RulePlan }
  | {
      clauseId: string;
      status: 'not_applicable';
      ruleId: string;
      dataset: DatasetKind;
      missingColumns: string[];
      datasetMissing: boolean;
    }
  | { clauseId: string; status: 'text_only' };

export interface CompiledQuery {
  dataset: DatasetKind;
  table: string;
  clauseIds: string[];
  sql: string;
  params: readonly (string | boolean | null)[];
  /** Per clause: (clause_id, in_scope, unchecked, findings). */
  summary: FindingsQuery;
  /**
   * The findings and the per-clause summary from one evaluation of the verdicts, as the DuckDB audit engine runs
   * them: (clause_id, finding_key, evidence, amount, computed, in_scope, unchecked, findings); a summary row has
   * in_scope and no finding columns, a finding the reverse.
   */
  audit: FindingsQuery;
}

export interface CompiledAgreement {
  agreementId: string;
  dialect: DialectName;
  asOf: string;
  clauses: ClauseStatus[];
  /** One statement per dataset; each returns (clause_id, finding_key, evidence, amount, computed). */
  queries: CompiledQuery[];
}

/**
 * Checks and plans every clause. Throws the first faulty clause's problems, placed in its clause (and file, with
 * `locate`): a RuleError, or a RuleErrors when the clause has several. `planEachClause` checks every clause.
 */
export function planAgreement(
  agreement: Agreement,
  options: Pick<CompileOptions, 'datasetColumns' | 'payrollFranchisees'> = {},
  locate?: Locate,
): ClauseStatus[] {
  return agreement.clauses.map((_, index) => planClause(agreement, index, options, locate));
}

/**
 * Checks every clause on its own, so that one clause's problems hide no other's: the status of each clause that
 * plans (undefined for a faulty one, and for one `which` leaves out) and every problem of the others, clause by
 * clause, each placed in its clause (and file, with `locate`) at its path from the document's root
 * (`clauses.2.params.cap`).
 */
export function planEachClause(
  agreement: Agreement,
  options: Pick<CompileOptions, 'datasetColumns' | 'payrollFranchisees'> = {},
  locate?: Locate,
  which: (index: number) => boolean = () => true,
): { clauses: (ClauseStatus | undefined)[]; problems: RuleError[] } {
  const problems: RuleError[] = [];
  const clauses = agreement.clauses.map((_, index) => {
    if (!which(index)) return undefined;
    try {
      return planClause(agreement, index, options, locate);
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      for (const problem of problemsOf(error)) {
        const path = problem.location.path ?? [];
        problems.push(
          path[0] === 'clauses'
            ? problem
            : new RuleError(problem.zh, problem.en, {
                ...problem.location,
                path: ['clauses', index, ...path],
              }),
        );
      }
      return undefined;
    }
  });
  return { clauses, problems };
}

/**
 * Checks and plans the clause at `index`: the parameters its sources name, then its rule (`planRule`: every
 * parameter, the expressions). Throws every problem found, placed in the clause: one RuleError, or a RuleErrors.
 */
export function planClause(
  agreement: Agreement,
  index: number,
  options: Pick<CompileOptions, 'datasetColumns' | 'payrollFranchisees'> = {},
  locate?: Locate,
): ClauseStatus {
  const clause = agreement.clauses[index]!;
  const path = ['clauses', index];
  const place = (error: RuleError) => {
    const field = error.location.field;
    const inner = clause.check && field ? ['check', ...field.split('.')] : (error.location.path ?? []);
    const located = locate ? locate([...path, ...inner]) : { path: [...path, ...inner] };
    return error.within({ ...located, clause: clause.id });
  };
  const { problems, attempt } = problemCollector();
  const failed = () => RuleErrors.of(problems.map(place))!;
  const rule = attempt(() => ruleOfClause(agreement, clause));
  if (problems.length) throw failed();
  if (!rule) return { clauseId: clause.id, status: 'text_only' };
  for (const name of Object.keys(clause.param_sources ?? {}))
    if (!Object.hasOwn(rule.params, name))
      problems.push(
        new RuleError(
          `来源所指的参数 ${name} 不是规则 ${rule.id} 的参数`,
          `param_sources names ${name}, which is not a parameter of ${rule.id}`,
          {
            path: ['param_sources', name],
          },
        ),
      );
  const given = options.datasetColumns;
  const supplied = given?.[rule.dataset];
  // Orders without an alert level take it from the weather_alerts dataset when that is supplied.
  const columns =
    supplied && rule.dataset === 'delivery_orders' && canDeriveAlertLevel(given)
      ? [...supplied, derivedAlertColumn]
      : supplied;
  const plan = attempt(() =>
    planRule(rule, {
      clauseId: clause.id,
      params: clause.params,
      effectiveFrom: agreement.effective_from,
      effectiveTo: agreement.effective_to,
      coverage: coverageOf(agreement, rule.dataset, options.payrollFranchisees),
      availableColumns: given ? new Set(columns ?? []) : undefined,
    }),
  );
  if (problems.length || !plan) throw failed();
  if (plan.missingColumns.length > 0)
    return {
      clauseId: clause.id,
      status: 'not_applicable',
      ruleId: rule.id,
      dataset: rule.dataset,
      missingColumns: [...plan.missingColumns],
      datasetMissing: given !== undefined && columns === undefined,
    };
  return { clauseId: clause.id, status: 'applicable', ruleId: rule.id, dataset: rule.dataset, plan };
}

/** Compiles all applicable clauses: one query per dataset, values bound as parameters. */
export function compileAgreement(agreement: Agreement, options: CompileOptions): CompiledAgreement {
  const asOf = options.asOf ?? cityDate(new Date());
  const clauses = planAgreement(agreement, options);
  const dialect = dialects[options.dialect];
  const byDataset = new Map<DatasetKind, RulePlan[]>();
  for (const c of clauses)
    if (c.status === 'applicable') byDataset.set(c.dataset, [...(byDataset.get(c.dataset) ?? []), c.plan]);
  const queries = [...byDataset].map(([dataset, plans]) => {
    const table = options.tables?.[dataset] ?? dataset;
    const inputs = {
      ...(dataset === 'delivery_orders' && canDeriveAlertLevel(options.datasetColumns)
        ? { weatherAlertsTable: options.tables?.weather_alerts ?? 'weather_alerts' }
        : {}),
      ...(options.exactWorkerOrder ? { exactWorkerOrder: true } : {}),
      ...(options.timelineParts !== undefined ? { timelineParts: options.timelineParts } : {}),
    };
    return {
      dataset,
      table,
      clauseIds: plans.map((p) => p.clauseId),
      ...buildFindingsQuery(plans, dialect, table, asOf, inputs),
      summary: buildSummaryQuery(plans, dialect, table, asOf, inputs),
      audit: buildAuditQuery(plans, dialect, table, asOf, inputs),
    };
  });
  return { agreementId: agreement.id, dialect: options.dialect, asOf, clauses, queries };
}

/** Compiles one rule on its own (e.g. to show a library rule's SQL), with its defaults or the given parameters. */
export function compileRule(
  rule: RuleSpec,
  options: { dialect: DialectName; params?: Record<string, unknown>; asOf?: string; table?: string },
): CompiledQuery {
  const asOf = options.asOf ?? cityDate(new Date());
  const plan = planRule(rule, { clauseId: rule.id, params: options.params });
  const table = options.table ?? rule.dataset;
  return {
    dataset: rule.dataset,
    table,
    clauseIds: [rule.id],
    ...buildFindingsQuery([plan], dialects[options.dialect], table, asOf),
    summary: buildSummaryQuery([plan], dialects[options.dialect], table, asOf),
    audit: buildAuditQuery([plan], dialects[options.dialect], table, asOf),
  };
}
