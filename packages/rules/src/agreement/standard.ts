import { isDeepStrictEqual } from 'node:util';
import { paramValueOn, resolveParam, type ResolvedParam } from '../compile/params';
import { ruleOfClause } from '../compile/rule-of-clause';
import { parseDecimal } from '../decimal';
import { RuleError } from '../errors';
import type { ParamSpec, ParamValue } from '../spec/rule-spec';
import { protectiveOf, type Protective } from './protective';
import type { Agreement, Clause } from './types';

/** What a clause checks: a library rule (by id), a custom check, or nothing (a text-only clause). */
export type ClauseCheck = { rule: string } | 'custom' | 'text';

/**
 * Where a secondary agreement falls below its brand agreement's standard, at a path of the secondary agreement:
 * a parameter less protective than the brand's on some day (or, for a parameter without a protective direction,
 * other than the brand's), or a clause of a brand clause's id that does not keep the brand's rule.
 */
export type LoweredStandard =
  | {
      kind: 'value';
      clauseId: string;
      param: string;
      /** The secondary agreement's value on `day`, as the rule reads it; undefined when it sets none then. */
      value: ParamValue | undefined;
      brandValue: ParamValue;
      /** The first day it falls short, when either value is effective-dated. */
      day?: string;
      /** Which way protects workers more; undefined for a parameter that may only be repeated. */
      protective?: Protective;
      path: (string | number)[];
    }
  | { kind: 'rule'; clauseId: string; brand: ClauseCheck; own: ClauseCheck; path: (string | number)[] };

const checkOf = (clause: Clause): ClauseCheck =>
  clause.rule ? { rule: clause.rule } : clause.check ? 'custom' : 'text';

/** The days both agreements are in force, or undefined when they share none. */
function sharedDays(agreement: Agreement, parent: Agreement): { from: string; to?: string } | undefined {
  const from = [agreement.effective_from, parent.effective_from].map(String).sort().at(-1)!;
  const ends = [agreement.effective_to, parent.effective_to].filter((d) => d !== undefined).map(String);
  const to = ends.sort()[0];
  if (to !== undefined && to < from) return undefined;
  return to === undefined ? { from } : { from, to };
}

/**
 * The standards a secondary (franchisee) agreement lowers below its brand agreement's. A clause of a brand
 * clause's id keeps the brand clause's rule (the same library rule, or the same custom check; a text-only brand
 * clause may be given one); each parameter of such a clause is compared with the brand's on every day both
 * agreements are in force, as the rule reads it (a value not written is the rule's default; dated values are
 * compared day by day): it may be more protective, in the direction `protectiveDirection` gives, but not less,
 * and a parameter without a direction (a custom check's, `coupon_counts_as_paid`) must be the brand's. A clause of
 * a new id is the secondary agreement's own and compared with nothing.
 */
export function loweredStandards(agreement: Agreement, parent: Agreement): LoweredStandard[] {
  const lowered: LoweredStandard[] = [];
  const days = sharedDays(agreement, parent);
  agreement.clauses.forEach((clause, index) => {
    const brand = parent.clauses.find((c) => c.id === clause.id);
    if (!brand) return;
    const at = ['clauses', index];
    const [brandCheck, own] = [checkOf(brand), checkOf(clause)];
    if (brandCheck === 'text') return;
    if (!isDeepStrictEqual(brandCheck, own) || !isDeepStrictEqual(brand.check, clause.check)) {
      const path = [...at, clause.rule ? 'rule' : clause.check ? 'check' : 'id'];
      lowered.push({ kind: 'rule', clauseId: clause.id, brand: brandCheck, own, path });
      return;
    }
    const rule = ruleOfClause(parent, brand);
    if (!rule || !days) return;
    const brandAt = ['clauses', parent.clauses.indexOf(brand)];
    for (const [name, spec] of Object.entries(rule.params)) {
      const found = lowerOn(name, spec, [clause, at], [brand, brandAt], days, clause.rule);
      if (found)
        lowered.push({
          kind: 'value',
          clauseId: clause.id,
          param: name,
          ...found,
          path: [...at, ...pathOfValue(clause, name, found.day)],
        });
    }
  });
  return lowered;
}

/** The first day on which the clause's parameter is less protective than the brand clause's, if there is one. */
function lowerOn(
  name: string,
  spec: ParamSpec,
  [clause, at]: [Clause, (string | number)[]],
  [brand, brandAt]: [Clause, (string | number)[]],
  days: { from: string; to?: string },
  ruleId: string | undefined,
): Omit<Extract<LoweredStandard, { kind: 'value' }>, 'kind' | 'clauseId' | 'param' | 'path'> | undefined {
  const own = resolved(name, spec, clause, at);
  const theirs = resolved(name, spec, brand, brandAt);
  const protective = protectiveOf(ruleId, name);
  const dated = own.kind === 'dated' || theirs.kind === 'dated';
  const changes = [own, theirs].flatMap((p) => (p.kind === 'dated' ? p.values.map((v) => v.from) : []));
  const checkpoints = [
    ...new Set([days.from, ...changes.filter((d) => d > days.from && (!days.to || d <= days.to))]),
  ].sort();
  for (const day of checkpoints) {
    const brandValue = paramValueOn(theirs, day);
    if (brandValue === undefined) continue;
    const value = paramValueOn(own, day);
    if (value !== undefined && atLeastAsProtective(value, brandValue, spec.type, protective)) continue;
    return {
      value,
      brandValue,
      ...(dated ? { day } : {}),
      ...(protective ? { protective } : {}),
    };
  }
  return undefined;
}

/** A clause's parameter as the rule reads it; a value of the wrong type is the normal check's error, placed. */
function resolved(name: string, spec: ParamSpec, clause: Clause, at: (string | number)[]): ResolvedParam {
  try {
    return resolveParam(name, spec, clause.params?.[name]);
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    throw new RuleError(error.zh, error.en, {
      ...error.location,
      path: [...at, ...(error.location.path ?? [])],
      clause: clause.id,
    });
  }
}

function atLeastAsProtective(
  value: ParamValue,
  brandValue: ParamValue,
  type: ParamSpec['type'],
  protective: Protective | undefined,
): boolean {
  if (type === 'int' || type === 'decimal') {
    const [a, b] = [parseDecimal(String(value)), parseDecimal(String(brandValue))];
    return protective === 'higher' ? a >= b : protective === 'lower' ? a <= b : a === b;
  }
  if (Array.isArray(value) && Array.isArray(brandValue)) {
    const has = (list: readonly unknown[], v: unknown) => list.some((x) => x === v);
    const covers = brandValue.every((v) => has(value, v));
    return protective === 'superset' ? covers : covers && value.every((v) => has(brandValue, v));
  }
  if (protective === 'false' && value === false) return true;
  return value === brandValue;
}

/** Where the value in force on `day` is written: the dated entry of that day, or the parameter. */
function pathOfValue(clause: Clause, name: string, day: string | undefined): (string | number)[] {
  const written = clause.params?.[name];
  const at = ['params', name];
  if (
    day === undefined ||
    !Array.isArray(written) ||
    !written.every((e) => typeof e === 'object' && e !== null)
  )
    return at;
  const entries = written as { from: unknown }[];
  // Ordered as the rule orders them (a stable sort by date), each with its index in the file.
  const order = entries
    .map((_, i) => i)
    .sort((a, b) => String(entries[a]!.from).localeCompare(String(entries[b]!.from)));
  const inForce = order.filter((i) => String(entries[i]!.from) <= day).at(-1);
  return inForce === undefined ? [...at, order[0] ?? 0, 'from'] : [...at, inForce, 'value'];
}

const shown = (value: ParamValue): string => (Array.isArray(value) ? `[${value.join(', ')}]` : String(value));

const directionWords: Record<Protective, { zh: string; en: string }> = {
  higher: { zh: '此参数越高越能保护劳动者', en: 'a higher value protects workers more' },
  lower: { zh: '此参数越低越能保护劳动者', en: 'a lower value protects workers more' },
  superset: { zh: '此列表列出越多越能保护劳动者', en: 'a list naming more protects workers more' },
  false: { zh: '此参数取 false 更能保护劳动者', en: 'false protects workers more' },
};

/** What a clause checks, as the thing replaced (`its …`) and as what replaces it. */
function checkWords(check: ClauseCheck): { zh: string; en: string; its: string } {
  if (check === 'custom') return { zh: '自定义规则', en: 'a custom check', its: 'custom check' };
  if (check === 'text') return { zh: '仅文本（没有规则）', en: 'text only (no rule)', its: 'text' };
  return { zh: `规则 ${check.rule}`, en: `rule ${check.rule}`, its: `rule ${check.rule}` };
}

/** A lowered standard in words, in Chinese and English, naming the clause, the parameter and the brand agreement. */
export function describeLoweredStandard(
  lowered: LoweredStandard,
  brandId: string,
): { zh: string; en: string } {
  if (lowered.kind === 'rule') {
    const brand = checkWords(lowered.brand);
    const own =
      lowered.own === 'custom' && lowered.brand === 'custom'
        ? { zh: '另一自定义规则', en: 'another custom check' }
        : checkWords(lowered.own);
    return {
      zh: `条款 ${lowered.clauseId} 与上级协议 ${brandId} 的条款同编号，却把其 ${brand.zh} 换成了 ${own.zh}（同编号的条款须保留上级协议的规则；二次协商协议可另加新编号的条款）`,
      en: `clause ${lowered.clauseId} has the id of a clause of the brand agreement ${brandId} but replaces its ${brand.its} by ${own.en}: a clause of the brand's id keeps the brand's rule (a secondary agreement may add clauses of new ids)`,
    };
  }
  const { clauseId, param, value, brandValue, day, protective } = lowered;
  const onZh = day ? `在 ${day} ` : '';
  const onEn = day ? ` on ${day}` : '';
  if (value === undefined)
    return {
      zh: `条款 ${clauseId} ${onZh}没有 ${param} 的取值，而上级协议 ${brandId} 的标准为 ${shown(brandValue)}（二次协商协议只能提高标准）`,
      en: `clause ${clauseId} sets no ${param}${onEn}, where the brand agreement ${brandId} sets ${shown(brandValue)}: a secondary agreement may only raise the standard`,
    };
  if (!protective)
    return {
      zh: `条款 ${clauseId} 的 ${param} 为 ${shown(value)}，与上级协议 ${brandId} ${onZh}的 ${shown(brandValue)} 不同（此参数没有保护方向，二次协商协议只能沿用）`,
      en: `clause ${clauseId} sets ${param} to ${shown(value)}, not the brand agreement ${brandId}'s ${shown(brandValue)}${onEn}: ${param} has no protective direction, so a secondary agreement may only repeat it`,
    };
  const words = directionWords[protective];
  return {
    zh: `条款 ${clauseId} 的 ${param} 为 ${shown(value)}，弱于上级协议 ${brandId} ${onZh}的标准 ${shown(brandValue)}（${words.zh}；二次协商协议只能提高标准）`,
    en: `clause ${clauseId} sets ${param} to ${shown(value)}, weaker than the standard of the brand agreement ${brandId} (${shown(brandValue)}${onEn}): ${words.en}, and a secondary agreement may only raise the standard`,
  };
}
