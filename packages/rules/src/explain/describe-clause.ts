import { canonicalDatasets } from '@gigpact/contracts';
import type { Clause } from '../agreement/types';
import type { ResolvedParam } from '../compile/params';
import type { RulePlan } from '../compile/plan';
import { liableWords, sourceWords } from './words';

export interface ClauseDescription {
  clauseId: string;
  ruleId: string;
  /** What the clause checks, in words, for the people who negotiate it. */
  zh: string;
  en: string;
}

const identifier = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\b[A-Za-z_][A-Za-z0-9_]*\b/g;

/**
 * Says in words what a checked clause looks at: which rows, from when, what counts as a breach, the amount owed
 * and the parameters in force with their dates and sources. Expressions are quoted as written, each column and
 * parameter glossed with its name in the data model or the rule library.
 */
export function describeClause(plan: RulePlan, clause?: Clause): ClauseDescription {
  const rule = plan.rule;
  const dataset = canonicalDatasets[plan.dataset];
  const columns = new Map(dataset.columns.map((c) => [c.name, c]));
  const gloss = (text: string, lang: 'zh' | 'en') =>
    text.replace(identifier, (token) => {
      if (token.startsWith('"') || token.startsWith("'")) return token;
      const column = columns.get(token);
      if (column) return lang === 'zh' ? `${token}（${column.zh}）` : `${token} (${column.en})`;
      const param = rule.params[token];
      if (param) return lang === 'zh' ? `${token}（${param.zh}）` : `${token} (${param.en})`;
      return token;
    });
  const params = Object.entries(rule.params).map(([name, spec]) => {
    const sources = clause?.param_sources?.[name] ?? clause?.sources ?? spec.sources;
    const resolved = plan.params.get(name);
    return { name, spec, sources, resolved };
  });
  const from = plan.effectiveFrom;
  const to = plan.effectiveTo;
  const zhPeriod =
    from && to ? `（${from} 至 ${to}）` : from ? `（自 ${from} 起）` : to ? `（至 ${to}）` : '';
  const enPeriod = from && to ? ` from ${from} to ${to}` : from ? ` from ${from}` : to ? ` up to ${to}` : '';
  const zhAspect = {
    platform: '平台',
    district: '行政区',
    rider_type: '骑手类型',
    franchisee: '加盟商',
  } as const;
  const enAspect = {
    platform: 'platform',
    district: 'district',
    rider_type: 'rider type',
    franchisee: 'franchisee',
  } as const;
  const zhCoverage = plan.coverage.length
    ? `协议覆盖：${plan.coverage.map((c) => `${zhAspect[c.aspect]}（${c.column}）为 ${c.named.join('、')}`).join('，')}；其他记录不核查。`
    : '';
  const enCoverage = plan.coverage.length
    ? `The agreement covers rows whose ${plan.coverage.map((c) => `${enAspect[c.aspect]} (${c.column}) is ${c.named.join(' or ')}`).join(' and ')}; other rows are not checked. `
    : '';

  const zhUnit = {
    row: `每一条${dataset.zh}记录`,
    group: `按 ${plan.group?.keys.map((k) => k.name).join('、') ?? ''} 汇总的${dataset.zh}`,
    blocks: `每位劳动者的每段连续工作（${dataset.zh}）`,
  }[plan.shape];
  const enUnit = {
    row: `each ${dataset.en} row`,
    group: `${dataset.en} grouped by ${plan.group?.keys.map((k) => k.name).join(', ') ?? ''}`,
    blocks: `each worker's continuous working blocks (${dataset.en})`,
  }[plan.shape];

  const zh = [
    `规则 ${rule.id}「${rule.title_zh ?? rule.id}」检查${zhUnit}${zhPeriod}。`,
    zhCoverage,
    rule.filter ? `只看满足 ${gloss(rule.filter, 'zh')} 的记录。` : '',
    Object.keys(rule.let).length
      ? `先计算：${Object.entries(rule.let)
          .map(([n, e]) => `${n} = ${gloss(e, 'zh')}`)
          .join('；')}。`
      : '',
    plan.group
      ? `汇总：${Object.entries(rule.group?.measures ?? {})
          .map(([n, e]) => `${n} = ${gloss(e, 'zh')}`)
          .join(
            '；',
          )}${rule.group?.complete_weeks ? '（只计七天都有数据、整周都在协议生效期内的完整周）' : ''}。`
      : '',
    rule.group?.checked_when ? `只核查 ${gloss(rule.group.checked_when, 'zh')} 的分组，其余不计入核查。` : '',
    rule.blocks ? `间隔超过 ${gloss(rule.blocks.gap_minutes, 'zh')} 分钟即为新的一段工作。` : '',
    `当 ${gloss(rule.violation, 'zh')} 时记为未遵守。`,
    rule.amount ? `涉及金额为 ${gloss(rule.amount, 'zh')}。` : '',
    `责任方：${liableWords(rule.liable, 'zh')}。`,
    params.length
      ? `参数：${params
          .map(
            (p) =>
              `${p.name}（${p.spec.zh}）${valueText(p.resolved, 'zh')}${p.sources.length ? `，来源 ${p.sources.map((s) => sourceWords(s, 'zh')).join('、')}` : ''}`,
          )
          .join('；')}。`
      : '',
  ].join('');
  const en = [
    `Rule ${rule.id} "${rule.title_en ?? rule.id}" checks ${enUnit}${enPeriod}. `,
    enCoverage,
    rule.filter ? `Only rows where ${gloss(rule.filter, 'en')}. ` : '',
    Object.keys(rule.let).length
      ? `It first computes ${Object.entries(rule.let)
          .map(([n, e]) => `${n} = ${gloss(e, 'en')}`)
          .join('; ')}. `
      : '',
    plan.group
      ? `Per group: ${Object.entries(rule.group?.measures ?? {})
          .map(([n, e]) => `${n} = ${gloss(e, 'en')}`)
          .join(
            '; ',
          )}${rule.group?.complete_weeks ? ' (complete weeks only: data on all 7 days, the whole week within the agreement’s dates)' : ''}. `
      : '',
    rule.group?.checked_when
      ? `Only groups where ${gloss(rule.group.checked_when, 'en')} are checked; the others are not counted. `
      : '',
    rule.blocks
      ? `A gap of more than ${gloss(rule.blocks.gap_minutes, 'en')} minutes starts a new block. `
      : '',
    `It is a breach when ${gloss(rule.violation, 'en')}. `,
    rule.amount ? `The amount owed is ${gloss(rule.amount, 'en')}. ` : '',
    `Liable: ${rule.liable}.`,
    params.length
      ? ` Parameters: ${params
          .map(
            (p) =>
              `${p.name} (${p.spec.en}) ${valueText(p.resolved, 'en')}${p.sources.length ? `, source ${p.sources.join(', ')}` : ''}`,
          )
          .join('; ')}.`
      : '',
  ].join('');
  return { clauseId: plan.clauseId, ruleId: rule.id, zh, en };
}

function valueText(param: ResolvedParam | undefined, lang: 'zh' | 'en'): string {
  if (!param) return '';
  const show = (v: unknown) => (Array.isArray(v) ? v.join(lang === 'zh' ? '、' : ', ') : String(v));
  if (param.kind === 'plain') return `= ${show(param.value)}`;
  // A dated default holds its initial value on every day before its first date (`24 before 2025-07-01`).
  const first = param.values[0]!.from;
  const initial =
    param.initial === undefined
      ? []
      : [lang === 'zh' ? `${first} 之前为 ${show(param.initial)}` : `${show(param.initial)} before ${first}`];
  return [
    ...initial,
    ...param.values.map((v) =>
      lang === 'zh' ? `自 ${v.from} 起为 ${show(v.value)}` : `${show(v.value)} from ${v.from}`,
    ),
  ].join(lang === 'zh' ? '，' : ', ');
}
