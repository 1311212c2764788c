import type { Agreement, Clause } from '@gigpact/rules';

type ParamGiven = NonNullable<Clause['params']>[string];
type Dated = { from: unknown; value: unknown }[];

/** A date as the agreement holds it (text, or a date a YAML reader made of it), as YYYY-MM-DD. */
const dayOf = (value: unknown): string =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);

const isDated = (value: unknown): value is Dated =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((v) => typeof v === 'object' && v !== null && 'from' in v);

/**
 * A parameter's values by date as they read on the days of a replay starting on `from`: on every day before the
 * agreement takes effect (`takesEffect`), the value in force on that date; from it on, the values as dated.
 */
function datedFrom(values: Dated, takesEffect: string, from: string): Dated {
  const byDate = [...values].sort((a, b) => dayOf(a.from).localeCompare(dayOf(b.from)));
  const inForce = byDate.filter((v) => dayOf(v.from) <= takesEffect).at(-1) ?? byDate[0]!;
  const start = from < takesEffect ? from : takesEffect;
  return [{ from: start, value: inForce.value }, ...byDate.filter((v) => dayOf(v.from) > takesEffect)];
}

/**
 * The agreement as a scenario replays it over a period (both days included): in force on exactly those days,
 * whether they lie before its effective date (a draft read over past data), within its days, or after its last
 * day. A parameter it sets by date takes, on the days before the agreement takes effect, the value in force on its
 * effective date, and from that date on its values as dated; a parameter left to the library default takes the
 * default of each day.
 */
export function agreementOverPeriod(agreement: Agreement, period: { from: string; to: string }): Agreement {
  const takesEffect = dayOf(agreement.effective_from);
  const clauses = agreement.clauses.map((clause) =>
    clause.params
      ? {
          ...clause,
          params: Object.fromEntries(
            Object.entries(clause.params).map(([name, given]) => [
              name,
              isDated(given) ? (datedFrom(given, takesEffect, period.from) as ParamGiven) : given,
            ]),
          ),
        }
      : clause,
  );
  return { ...agreement, effective_from: period.from, effective_to: period.to, clauses };
}
