import { clauseTitleIn } from '../../agreements/clause';

/** A clause parameter the sandbox can change: its current value as the agreement sets it (or the rule's default). */
export interface ParamRow {
  key: string;
  clauseId: string;
  clauseTitle: string;
  /** The clause's title in English: its own, else its library rule's, else the Chinese title. */
  clauseTitleEn: string;
  param: string;
  /** What the parameter means, from the rule library; absent for a rule that does not say. */
  meaning?: { zh: string; en: string };
  type: string;
  current: string | number | boolean | null;
  /** The dated values when the agreement changes the parameter over time (the last one is `current`). */
  schedule?: { from: string; value: string | number | boolean | null }[];
}

interface ClauseDoc {
  id: string;
  title: string;
  title_en?: string;
  rule?: string;
  params?: Record<string, unknown>;
}

interface RuleDoc {
  id: string;
  title_en?: string;
  params: Record<string, { type: string; default?: unknown; zh?: string; en?: string }>;
}

const plain = (value: unknown): string | number | boolean | null => {
  if (Array.isArray(value)) {
    const last = (value as { from: string; value: unknown }[]).at(-1);
    return plain(last?.value);
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
};

/** Every parameter of every library-rule clause: what the clause sets, else the rule's default. */
export function paramRows(clauses: readonly ClauseDoc[], rules: readonly RuleDoc[]): ParamRow[] {
  return clauses.flatMap((clause) => {
    const rule = rules.find((r) => r.id === clause.rule);
    if (!rule) return [];
    return Object.entries(rule.params)
      .filter(([, spec]) => ['decimal', 'int', 'bool'].includes(spec.type))
      .map(([param, spec]) => {
        const set = clause.params?.[param] ?? spec.default;
        return {
          key: `${clause.id}.${param}`,
          clauseId: clause.id,
          clauseTitle: clause.title,
          clauseTitleEn: clauseTitleIn('en', clause, rules),
          param,
          ...(spec.zh && spec.en ? { meaning: { zh: spec.zh, en: spec.en } } : {}),
          type: spec.type,
          current: plain(set),
          ...(Array.isArray(set) && set.length > 1
            ? {
                schedule: (set as { from: string; value: unknown }[]).map((step) => ({
                  from: step.from,
                  value: plain(step.value),
                })),
              }
            : {}),
        };
      });
  });
}

/** The scenario's parameter changes: only values that differ from the current ones, by clause. */
export function changedParams(
  rows: readonly ParamRow[],
  edits: Readonly<Record<string, string | number | boolean | null>>,
): Record<string, Record<string, string | number | boolean>> {
  const out: Record<string, Record<string, string | number | boolean>> = {};
  for (const row of rows) {
    const value = edits[row.key];
    if (value === undefined || value === null || value === row.current) continue;
    (out[row.clauseId] ??= {})[row.param] = value;
  }
  return out;
}
