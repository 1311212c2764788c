import { libraryRule, resolveParam, type Agreement, type ResolvedParam } from '@gigpact/rules';

const quoteText = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * A library rule's parameter as the audited agreement sets it: the first clause of the rule that gives it, else
 * the library default (an agreement without the clause is measured against the library's standard).
 */
function paramOf(agreement: Agreement | undefined, rule: string, name: string): ResolvedParam {
  const spec = libraryRule(rule).params[name];
  if (!spec) throw new Error(`rule ${rule} has no parameter ${name}`);
  const given = agreement?.clauses.find((c) => c.rule === rule && c.params?.[name] !== undefined)?.params?.[
    name
  ];
  return resolveParam(name, spec, given);
}

/**
 * SQL for a numeric (or yes/no) parameter's value in force on the day a DATE expression gives, as the audit
 * resolves it per row; a dated parameter's first value also holds before its date.
 */
export function numericParamSql(
  agreement: Agreement | undefined,
  rule: string,
  name: string,
  day: string,
): string {
  const param = paramOf(agreement, rule, name);
  const literal = (value: unknown) => {
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    const text = String(value);
    if (!/^-?\d+(\.\d+)?$/.test(text)) throw new Error(`${rule}.${name} is not a number: ${text}`);
    // Exact and wide: a whole number in 64 bits, a fraction at its own scale, so that products with
    // microseconds neither overflow nor round.
    const places = text.split('.')[1]?.length ?? 0;
    return places === 0 ? `CAST(${text} AS BIGINT)` : `CAST(${text} AS DECIMAL(38, ${places}))`;
  };
  if (param.kind === 'plain') return literal(param.value);
  const [first, ...later] = param.values;
  const arms = later
    .reverse()
    .map((v) => `WHEN ${day} >= DATE ${quoteText(v.from)} THEN ${literal(v.value)}`)
    .join(' ');
  return arms ? `(CASE ${arms} ELSE ${literal(first!.value)} END)` : literal(first!.value);
}

/** SQL for a list-of-text parameter as an `IN` list (list parameters are never effective-dated). */
export function textListParamSql(agreement: Agreement | undefined, rule: string, name: string): string {
  const param = paramOf(agreement, rule, name);
  if (param.kind !== 'plain' || !Array.isArray(param.value))
    throw new Error(`${rule}.${name} is not a list of text`);
  const values = (param.value as unknown[]).map((v) => quoteText(String(v)));
  return values.length ? `(${values.join(', ')})` : '(NULL)';
}
