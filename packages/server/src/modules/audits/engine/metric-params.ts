import { datedDefaultOf } from '@gigpact/contracts';
import { sqlString } from '@gigpact/datasets';
import { libraryRule, type Agreement } from '@gigpact/rules';

type Value = number | boolean;
/**
 * A parameter by date: dated values in ascending order, the first of which also holds before its date (`from`
 * null: a value with no date of its own, alone or before the dated ones of a dated library default).
 */
export type ParamSteps = { from: string | null; value: Value }[];

const asValue = (value: unknown): Value | undefined => {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
};

/**
 * A library rule's parameter by date as the first clause of the given rules that sets it writes it (the first dated
 * value also holds before its date), else the library default of the first rule: an agreement without the clause
 * (or no agreement) is measured against the library's standard. Audit metrics and governance read parameters so.
 */
export function paramSteps(
  agreement: Agreement | null | undefined,
  rules: readonly string[],
  name: string,
): ParamSteps {
  for (const clause of agreement?.clauses ?? []) {
    if (!clause.rule || !rules.includes(clause.rule)) continue;
    const given = clause.params?.[name];
    if (Array.isArray(given)) {
      const steps = (given as { from: string; value: unknown }[])
        .map((d) => ({ from: String(d.from), value: asValue(d.value) }))
        .filter(
          (d): d is { from: string; value: Value } =>
            d.value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d.from),
        )
        .sort((a, b) => (a.from < b.from ? -1 : 1));
      if (steps.length) return steps;
    }
    const value = asValue(given);
    if (value !== undefined) return [{ from: null, value }];
  }
  return defaultSteps(rules[0]!, name);
}

/** Whether a clause of the given rules sets the parameter itself (rather than leaving the library's default). */
export function agreementSets(
  agreement: Agreement | null | undefined,
  rules: readonly string[],
  name: string,
): boolean {
  return (agreement?.clauses ?? []).some(
    (clause) =>
      clause.rule !== undefined && rules.includes(clause.rule) && clause.params?.[name] !== undefined,
  );
}

/**
 * A library default by date: one value, or a dated default (`earlier_defaults`: 24 CNY before 2025-07-01, 25 from
 * it) as steps whose first value also holds on every earlier day (`datedDefaultOf`'s periods).
 */
function defaultSteps(rule: string, name: string): ParamSteps {
  const spec = libraryRule(rule).params[name];
  if (!spec || asValue(spec.default) === undefined)
    throw new Error(`rule ${rule} has no default for ${name}`);
  const periods = datedDefaultOf(spec) ?? [{ from: null, value: spec.default }];
  return periods.map(({ from, value }) => {
    const step = asValue(value);
    if (step === undefined)
      throw new Error(`rule ${rule} has a dated default for ${name} that is not a value`);
    return { from, value: step };
  });
}

/** A value as it is written in SQL: yes/no as TRUE/FALSE, numbers as written. */
export const plainLiteral = (value: Value): string =>
  typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value);

/**
 * A value typed exact and wide: a whole number in 64 bits, a fraction at its own scale (up to 12 places), so that
 * products with microseconds neither overflow nor round.
 */
const wideLiteral = (value: Value): string => {
  if (typeof value === 'boolean') return plainLiteral(value);
  if (Number.isInteger(value)) return `CAST(${value} AS BIGINT)`;
  const text = value.toFixed(12).replace(/0+$/, '');
  return `CAST(${text} AS DECIMAL(38, ${text.split('.')[1]!.length}))`;
};

/** SQL for the value in force on the day a DATE expression gives. */
export function paramOnSql(steps: ParamSteps, day: string, literal = plainLiteral): string {
  const dated = steps.filter((s) => s.from !== null).reverse();
  if (dated.length === 0) return literal(steps[0]!.value);
  const arms = dated.map((s) => `WHEN ${day} >= DATE '${s.from}' THEN ${literal(s.value)}`).join(' ');
  return `(CASE ${arms} ELSE ${literal(steps[0]!.value)} END)`;
}

/**
 * SQL for a numeric (or yes/no) parameter of a library rule in force on the day a DATE expression gives, as the
 * audit resolves it per row, typed exact and wide.
 */
export function numericParamSql(
  agreement: Agreement | undefined,
  rule: string,
  name: string,
  day: string,
): string {
  return paramOnSql(paramSteps(agreement, [rule], name), day, wideLiteral);
}

/**
 * SQL for a list-of-text parameter as an `IN` list, as the first clause of the rule that sets it gives it, else
 * the library default (list parameters are never effective-dated).
 */
export function textListParamSql(agreement: Agreement | undefined, rule: string, name: string): string {
  const given = agreement?.clauses.find((c) => c.rule === rule && c.params?.[name] !== undefined)?.params?.[
    name
  ];
  const list = given ?? libraryRule(rule).params[name]?.default;
  if (!Array.isArray(list)) throw new Error(`${rule}.${name} is not a list of text`);
  const values = (list as unknown[]).map((v) => sqlString(String(v)));
  return values.length ? `(${values.join(', ')})` : '(NULL)';
}
