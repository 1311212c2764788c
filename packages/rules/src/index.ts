/**
 * @gigpact/rules — agreements as code. Load an agreement, compile its clauses to SQL for DuckDB, PostgreSQL or
 * ClickHouse, evaluate rows in TypeScript with the same meaning, and explain each finding.
 */
export { RuleError, RuleErrors, problemsOf, describeLocation, type RuleErrorLocation } from './errors';
export { loadAgreement, readAgreement, agreementSchema, type Locate } from './agreement/load';
export { checkAgreement, type AgreementCheck } from './agreement/check-agreement';
export type { Agreement, Clause, AgreementStatus } from './agreement/types';
export { agreementStatuses } from './agreement/types';
export { libraryRules, libraryRule } from './library/index';
export {
  ruleSpecSchema,
  paramTypes,
  type RuleSpec,
  type RuleSpecInput,
  type ParamSpec,
  type ParamValue,
} from './spec/rule-spec';
export { planRule, type RulePlan, type PlanOptions } from './compile/plan';
export { paramsDividedBy } from './compile/divisors';
export {
  resolveParam,
  paramValueOn,
  paramRange,
  libraryParamRangeOf,
  type ResolvedParam,
  type ResolveOptions,
  type DatedValue,
} from './compile/params';
export {
  compileAgreement,
  compileRule,
  planAgreement,
  type CompileOptions,
  type CompiledAgreement,
  type CompiledQuery,
  type ClauseStatus,
} from './compile/compile-agreement';
export { dialectNames, type DialectName } from './sql/dialects';
export { buildFindingsQuery, buildSummaryQuery, type FindingsQuery } from './sql/query';
export { workerHashCollision } from './sql/block-query';
export { evaluatePlan, type Finding, type EvaluateOptions } from './evaluate/evaluate-plan';
export { evaluateRow, type RowVerdict } from './evaluate/evaluate-row';
export { parseRow, type RawRow } from './evaluate/values';
export { explainFinding, type Trace, type TraceParam, type TraceValue } from './explain/trace';
export { describeClause, type ClauseDescription } from './explain/describe-clause';
export { findingFromSqlRow } from './engines/normalize';
export { createTableSql, insertRowsSql } from './engines/table';
export {
  duckDbThreads,
  loadRowsIntoDuckDb,
  runFindingsOnDuckDb,
  withWorkerOrderFallback,
} from './engines/duckdb';
export { loadCaseFile, type CaseFile } from './testing/case-file';
export { runCaseFile, typescriptEngine, type CaseResult, type Engine } from './testing/run-cases';
export { duckDbEngine } from './engines/engines';
export { canonicalDecimal } from './decimal';
export { diffAgreements, clausesInForce, type AgreementChange } from './agreement/versions';
export {
  describeLoweredStandard,
  loweredStandards,
  type ClauseCheck,
  type LoweredStandard,
} from './agreement/standard';
export type { Protective } from './agreement/protective';
export {
  checkSecondaryAgreement,
  secondaryAgreementErrors,
  secondaryInForce,
  SecondaryAgreementRefused,
} from './agreement/in-force';
export { coverageOf, withoutCoverage, districtSpellings, type CoverageCondition } from './compile/coverage';
export { findingKeyShapes } from './compile/worker-key-parts';
export { rowKeyColumnsOf } from './spec/datasets';
export { attachWeatherAlerts, canDeriveAlertLevel } from './weather/alerts';
export { assertTransition, nextStatuses } from './agreement/lifecycle';
