import { canonicalDatasets, type Language } from '@gigpact/contracts';
import type { Clause } from '../agreement/types';
import type { RulePlan } from '../compile/plan';
import type { Finding } from '../evaluate/evaluate-plan';
import { moneyValues } from './money';
import { moneyWords, valueAfterName } from './numbers';
import { liableWords, sourceWords } from './words';

export interface TraceParam {
  name: string;
  value: string | null;
  zh: string;
  en: string;
  sources: string[];
}
export interface TraceValue {
  name: string;
  value: string | null;
  zh?: string;
  en?: string;
}

/** Why a finding is a finding: as data, and in words in Chinese and English. */
export interface Trace {
  clauseId: string;
  clauseTitle?: string;
  ruleId: string;
  ruleTitle: { zh?: string; en?: string };
  liable: string;
  key: string;
  evidence: string[];
  amount: string | null;
  params: TraceParam[];
  /** Values read from the data (canonical columns). */
  facts: TraceValue[];
  /** Values the rule computed from them (named values, measures, block times). */
  computed: TraceValue[];
  text: { zh: string; en: string };
}

/** Explains a finding from any engine (they report the same values) with the plan and clause it came from. */
export function explainFinding(finding: Finding, plan: RulePlan, clause?: Clause): Trace {
  const rule = plan.rule;
  const columns = canonicalDatasets[plan.dataset].columns;
  const params: TraceParam[] = Object.entries(rule.params).map(([name, spec]) => {
    const resolved = plan.params.get(name);
    const listValue =
      resolved?.kind === 'plain' && Array.isArray(resolved.value) ? resolved.value.join(', ') : undefined;
    return {
      name,
      value: listValue ?? finding.computed[`param.${name}`] ?? null,
      zh: spec.zh,
      en: spec.en,
      sources: clause?.param_sources?.[name] ?? clause?.sources ?? spec.sources,
    };
  });
  const facts: TraceValue[] = [];
  const computed: TraceValue[] = [];
  for (const [name, value] of Object.entries(finding.computed)) {
    if (name.startsWith('param.')) continue;
    const column = columns.find((c) => c.name === name);
    if (column) facts.push({ name, value, zh: column.zh, en: column.en });
    else computed.push({ name, value });
  }
  const money = moneyValues(plan);
  const isMoney = (name: string) =>
    money.has(name) || columns.some((c) => c.name === name && c.type === 'money');
  const list = (values: TraceValue[], language: Language) =>
    values
      .map((v) => `${v.name} ${valueAfterName(v.value, language, isMoney(v.name))}`)
      .join(language === 'zh' ? '，' : ', ');
  const withSources = (language: Language) =>
    params
      .map((p) => {
        const sources = p.sources.map((s) => sourceWords(s, language));
        const from = sources.length
          ? language === 'zh'
            ? `（来源 ${sources.join('、')}）`
            : ` (source ${sources.join(', ')})`
          : '';
        return `${p.name} ${valueAfterName(p.value, language)}${from}`;
      })
      .join(language === 'zh' ? '，' : ', ');
  const title = clause?.title ?? finding.clauseId;
  const zh = [
    `条款 ${finding.clauseId}「${title}」（规则 ${rule.id}：${rule.title_zh ?? ''}）在 ${finding.key} 未被遵守，责任方：${liableWords(rule.liable, 'zh')}。`,
    facts.length ? `读取的事实：${list(facts, 'zh')}。` : '',
    computed.length ? `计算结果：${list(computed, 'zh')}。` : '',
    params.length ? `适用参数：${withSources('zh')}。` : '',
    finding.amount !== null ? `涉及金额：${moneyWords(finding.amount, 'zh')}。` : '',
    `证据记录：${finding.evidence.join('，')}。`,
  ].join('');
  const en = [
    `Clause ${finding.clauseId} "${title}" (rule ${rule.id}: ${rule.title_en ?? ''}) is not met for ${finding.key}; liable: ${liableWords(rule.liable, 'en')}. `,
    facts.length ? `Facts read: ${list(facts, 'en')}. ` : '',
    computed.length ? `Computed: ${list(computed, 'en')}. ` : '',
    params.length ? `Parameters in force: ${withSources('en')}. ` : '',
    finding.amount !== null ? `Amount: ${moneyWords(finding.amount, 'en')}. ` : '',
    `Evidence rows: ${finding.evidence.join(', ')}.`,
  ].join('');
  return {
    clauseId: finding.clauseId,
    clauseTitle: clause?.title,
    ruleId: rule.id,
    ruleTitle: { zh: rule.title_zh, en: rule.title_en },
    liable: rule.liable,
    key: finding.key,
    evidence: finding.evidence,
    amount: finding.amount,
    params,
    facts,
    computed,
    text: { zh, en },
  };
}
