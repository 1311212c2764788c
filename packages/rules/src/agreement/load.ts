import { Ajv, type ErrorObject } from 'ajv';
import { LineCounter, parseDocument, isNode } from 'yaml';
import schema from '../../schema/agreement.schema.json' with { type: 'json' };
import { districtNamed, regionTree } from '@gigpact/contracts';
import { RuleError, type RuleErrorLocation } from '../errors';
import { calendarDateProblem } from '../time';
import { datesIn } from './dates';
import type { Agreement } from './types';

export const agreementSchema = schema;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/**
 * Reads an agreement from YAML (or JSON, which is YAML). Structural errors come back as one RuleError per
 * problem found first, naming the file, line, column and path; rules are checked by `checkAgreement`.
 */
export function loadAgreement(text: string, fileName = '<agreement>'): Agreement {
  return readAgreement(text, fileName).agreement;
}

/** Where a path inside the document is (file, line, column), for errors found after loading. */
export type Locate = (path: (string | number)[]) => RuleErrorLocation;

export function readAgreement(
  text: string,
  fileName = '<agreement>',
): { agreement: Agreement; locate: Locate } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const where = (offset: number | undefined, path: (string | number)[] = []) => {
    if (offset === undefined) return { file: fileName, path };
    const { line, col } = lineCounter.linePos(offset);
    return { file: fileName, line, column: col, path };
  };
  const syntax = doc.errors[0];
  if (syntax)
    throw new RuleError(
      `YAML 语法错误：${syntax.message}`,
      `YAML syntax error: ${syntax.message}`,
      where(syntax.pos[0]),
    );
  const data: unknown = doc.toJS();
  const locate: Locate = (path) => where(nearestOffset(doc, [...path, '__none__']), path);
  if (validate(data)) {
    const agreement = data as unknown as Agreement;
    // The schema checks a date's form (YYYY-MM-DD); the calendar, that the day exists (not 2025-02-30).
    for (const { path, text } of datesIn(data, schema)) {
      const problem = calendarDateProblem(text);
      if (problem) throw new RuleError(problem.zh, problem.en, locate(path));
    }
    if (agreement.effective_to !== undefined && agreement.effective_to < agreement.effective_from)
      throw new RuleError(
        `终止日期 ${agreement.effective_to} 早于生效日期 ${agreement.effective_from}`,
        `effective_to ${agreement.effective_to} is before effective_from ${agreement.effective_from}`,
        locate(['effective_to']),
      );
    const unknown = (agreement.scope?.districts ?? []).findIndex((d) => !districtNamed(d, regionTree));
    if (unknown >= 0) {
      const named = agreement.scope!.districts![unknown];
      throw new RuleError(
        `"${named}" 不是${regionTree.city.zh}的区（可写区划代码、中文名或拼音，如 310118、青浦区、青浦、Qingpu）`,
        `"${named}" is not a district of ${regionTree.city.en} (write its code, Chinese name or pinyin, e.g. 310118, 青浦区, 青浦, Qingpu)`,
        locate(['scope', 'districts', unknown]),
      );
    }
    return { agreement, locate };
  }
  const error = mostSpecific(validate.errors ?? []);
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p.replaceAll('~1', '/').replaceAll('~0', '~')));
  const node = doc.getIn(path, true);
  const offset = isNode(node) ? node.range?.[0] : undefined;
  const [zh, en] = describe(error);
  throw new RuleError(zh, en, where(offset ?? nearestOffset(doc, path), path));
}

function nearestOffset(doc: ReturnType<typeof parseDocument>, path: (string | number)[]): number | undefined {
  for (let n = path.length - 1; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return undefined;
}

/** The deepest error is the one that says what is wrong; `oneOf` summaries say less. */
function mostSpecific(errors: ErrorObject[]): ErrorObject {
  const sorted = [...errors].sort(
    (a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length,
  );
  return sorted.find((e) => e.keyword !== 'oneOf') ?? sorted[0]!;
}

function describe(error: ErrorObject): [string, string] {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return [
        `缺少必填字段 ${String(p.missingProperty)}`,
        `missing required field ${String(p.missingProperty)}`,
      ];
    case 'additionalProperties':
      return [`未知字段 ${String(p.additionalProperty)}`, `unknown field ${String(p.additionalProperty)}`];
    case 'enum':
      return [
        `取值应为：${(p.allowedValues as unknown[]).join(', ')}`,
        `must be one of: ${(p.allowedValues as unknown[]).join(', ')}`,
      ];
    case 'pattern':
      return [`格式不正确（应匹配 ${String(p.pattern)}）`, `wrong format (must match ${String(p.pattern)})`];
    case 'type':
      return [`类型应为 ${String(p.type)}`, `must be of type ${String(p.type)}`];
    case 'not':
      return ['条款不能同时有 rule 和 check', 'a clause has either `rule` or `check`, not both'];
    default:
      return [
        `不符合协议格式：${error.message ?? error.keyword}`,
        `not a valid agreement: ${error.message ?? error.keyword}`,
      ];
  }
}
