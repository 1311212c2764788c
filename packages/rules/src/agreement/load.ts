import { Ajv, type ErrorObject } from 'ajv';
import {
  LineCounter,
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node as YamlNode,
  type Scalar,
} from 'yaml';
import schema from '../../schema/agreement.schema.json' with { type: 'json' };
import { districtNamed, industryNames, regionTree } from '@gigpact/contracts';
import { RuleError, RuleErrors, type RuleErrorLocation } from '../errors';
import { calendarDateProblem } from '../time';
import { libraryRules } from '../library/index';
import { datesIn } from './dates';
import { yamlErrorInChinese } from './yaml-errors';
import type { Agreement } from './types';

export const agreementSchema = schema;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/**
 * Reads an agreement from YAML (or JSON, which is YAML). Structural errors are thrown as a RuleError naming the
 * file, line, column and path (a RuleErrors listing every one when there are several); rules are checked by
 * `checkAgreement`.
 */
export function loadAgreement(text: string, fileName = '<agreement>'): Agreement {
  return readAgreement(text, fileName).agreement;
}

/** Where a path inside the document is (file, line, column), for errors found after loading. */
export type Locate = (path: (string | number)[]) => RuleErrorLocation;

/** What reading an agreement document finds (`inspectAgreement`). */
export interface AgreementReading {
  /**
   * The document's own problems, in the order of the file: a YAML syntax error alone (nothing else can be read),
   * else every structural problem — each the schema finds, each expression YAML read as a tag or an anchor, each
   * day the calendar does not have, an end before the start, each district not of the city.
   */
  problems: RuleError[];
  /** The agreement, when the document has none of those problems. */
  agreement?: Agreement;
  /** Where a path of the document is; absent after a YAML syntax error. */
  locate?: Locate;
  /**
   * What the clause checks can still read despite the problems: the agreement without the fields its clauses
   * read (id, industry, dates, platform, scope) where they are wrong, and which clauses are structurally sound.
   * Absent when no clause can be read (a syntax error, or `clauses` not a list).
   */
  checkable?: { agreement: Agreement; clause: (index: number) => boolean };
  /** The problem thrown first by `readAgreement`: the most specific structural one. */
  first?: RuleError;
}

/** Reads an agreement, throwing its structural problems (`inspectAgreement`): the first, with every one listed. */
export function readAgreement(
  text: string,
  fileName = '<agreement>',
): { agreement: Agreement; locate: Locate } {
  const reading = inspectAgreement(text, fileName);
  if (reading.agreement && reading.locate) return { agreement: reading.agreement, locate: reading.locate };
  const first = reading.first ?? reading.problems[0]!;
  throw RuleErrors.of([first, ...reading.problems.filter((p) => p !== first)])!;
}

/**
 * Reads an agreement document and finds every structural problem it has, without throwing (`AgreementReading`):
 * a YAML syntax error alone, as nothing else can be read; else all the schema finds (each problem once), then the
 * calendar, the dates' order and the districts wherever the schema found those fields sound.
 */
export function inspectAgreement(text: string, fileName = '<agreement>'): AgreementReading {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const where = (offset: number | undefined, path: (string | number)[] = []) => {
    if (offset === undefined) return { file: fileName, path };
    const { line, col } = lineCounter.linePos(offset);
    return { file: fileName, line, column: col, path };
  };
  const syntax = doc.errors[0];
  if (syntax) {
    const error = syntaxError(syntax, text, syntax.pos[0], where(syntax.pos[0]));
    return { problems: [error], first: error };
  }
  readExpressionsAsWritten(doc, text);
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (thrown) {
    // An alias whose anchor is not set (`*a`, an expression starting with `*`) is found only when it is read.
    const alias = firstAlias(doc.contents);
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    const error = syntaxError({ message }, text, alias?.range?.[0], where(alias?.range?.[0]));
    return { problems: [error], first: error };
  }
  const locate: Locate = (path) => where(nearestOffset(doc, [...path, '__none__']), path);
  const offsetOf = (path: (string | number)[]) => {
    const node = doc.getIn(path, true);
    return (isNode(node) ? node.range?.[0] : undefined) ?? nearestOffset(doc, path);
  };
  const found: { error: RuleError; offset: number; order: number }[] = [];
  const add = (error: RuleError, path: (string | number)[], offset = offsetOf(path)) =>
    found.push({ error, offset: offset ?? 0, order: found.length });

  // The schema: every problem once — an alternative (`oneOf`) with the errors of its branches is one problem,
  // said by its most specific error.
  const schemaErrors = validate(data) ? [] : problemErrors(validate.errors ?? []);
  const unsound: (string | number)[][] = [];
  for (const { error } of schemaErrors) {
    // An unknown field is said where its name is written, not at the object holding it.
    const unknownField = error.keyword === 'additionalProperties';
    const path = unknownField
      ? [...pathOf(error), String((error.params as { additionalProperty: unknown }).additionalProperty)]
      : pathOf(error);
    const offset = (unknownField ? keyOffset(doc, path) : undefined) ?? offsetOf(path);
    const [zh, en] = describe(error);
    const hint = wrongExpressionHint(error, path, doc, text);
    add(
      new RuleError(hint ? `${zh}${hint.zh}` : zh, hint ? `${en}${hint.en}` : en, where(offset, path)),
      path,
      offset,
    );
    unsound.push(path);
  }
  // `readAgreement` throws first what it always said: the most specific of all the schema's errors.
  const allErrors = validate.errors ?? [];
  const specific = schemaErrors.length > 0 ? mostSpecific(allErrors) : undefined;
  const first = specific
    ? found[schemaErrors.findIndex((e) => e.members.includes(specific))]?.error
    : undefined;
  // A field is sound when no problem lies at or within it (a problem of the object holding it, such as a missing
  // sibling, leaves it sound).
  const soundHere = (path: (string | number)[]) =>
    !unsound.some((bad) => bad.length >= path.length && path.every((p, i) => bad[i] === p));

  const later: RuleError[] = [];
  const addLater = (error: RuleError, path: (string | number)[], readable = false) => {
    add(error, path);
    later.push(error);
    if (!readable) unsound.push(path);
  };
  // The calendar: a day of the form YYYY-MM-DD that does not exist (2025-02-30), wherever the schema puts a date.
  // A clause's date leaves the clause to be checked (its other parameters, its rule): the clause check, which
  // refuses the date again at the same path, is not said twice (`checkAgreement`).
  for (const { path, text: day } of datesIn(data, schema)) {
    if (!soundHere(path)) continue;
    const problem = calendarDateProblem(day);
    if (problem) addLater(new RuleError(problem.zh, problem.en, locate(path)), path, path[0] === 'clauses');
  }
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const from = record.effective_from;
  const to = record.effective_to;
  if (
    typeof from === 'string' &&
    typeof to === 'string' &&
    soundHere(['effective_from']) &&
    soundHere(['effective_to']) &&
    to < from
  )
    addLater(
      new RuleError(
        `终止日期 ${to} 早于生效日期 ${from}`,
        `effective_to ${to} is before effective_from ${from}`,
        locate(['effective_to']),
      ),
      ['effective_to'],
    );
  const districts = (record.scope as { districts?: unknown } | undefined)?.districts;
  if (Array.isArray(districts))
    districts.forEach((named, index) => {
      const path = ['scope', 'districts', index];
      if (typeof named !== 'string' || !soundHere(path) || districtNamed(named, regionTree)) return;
      addLater(
        new RuleError(
          `"${named}" 不是${regionTree.city.zh}的区（可写区划代码、中文名或拼音，如 310118、青浦区、青浦、Qingpu）`,
          `"${named}" is not a district of ${regionTree.city.en} (write its code, Chinese name or pinyin, e.g. 310118, 青浦区, 青浦, Qingpu)`,
          locate(path),
        ),
        path,
      );
    });
  // A library rule of another industry: it reads another industry's data, so the audit could only call it not
  // applicable. The clause is still checked (its parameters and dates), each problem said once.
  const industry = record.industry;
  if (typeof industry === 'string' && soundHere(['industry']) && Array.isArray(record.clauses))
    record.clauses.forEach((clause: unknown, index) => {
      const path = ['clauses', index, 'rule'];
      const written = (clause as { rule?: unknown } | null)?.rule;
      if (typeof written !== 'string' || !soundHere(path)) return;
      const rule = libraryRules.find((r) => r.id === written);
      if (!rule?.industry || rule.industry === industry) return;
      const id = (clause as { id?: unknown }).id;
      const names = industryNames as Record<string, { zh: string } | undefined>;
      const zhName = (code: string) => (names[code] ? `${names[code].zh}（${code}）` : code);
      addLater(
        new RuleError(
          `规则 ${written} 属于${zhName(rule.industry)}行业；本协议的行业是${zhName(industry)}`,
          `rule ${written} is ${/^[aeiou]/.test(rule.industry) ? 'an' : 'a'} ${rule.industry} rule; this agreement is ${industry}`,
          {
            ...locate(path),
            ...(typeof id === 'string' && soundHere(['clauses', index, 'id']) ? { clause: id } : {}),
          },
        ),
        path,
        true,
      );
    });
  // A clause id given twice: findings, counts and a run's links are keyed by it, so the second would pass for the
  // first. Said at the second clause's id, naming where the first is.
  if (Array.isArray(record.clauses)) {
    const firstAt = new Map<string, number>();
    record.clauses.forEach((clause: unknown, index) => {
      const path = ['clauses', index, 'id'];
      const id = (clause as { id?: unknown } | null)?.id;
      if (typeof id !== 'string' || !soundHere(path)) return;
      const first = firstAt.get(id);
      if (first === undefined) {
        firstAt.set(id, index);
        return;
      }
      const line = where(offsetOf(['clauses', first, 'id']), ['clauses', first, 'id']).line;
      const at = line ? `第 ${line} 行` : `第 ${first + 1} 条`;
      const atEn = line ? `line ${line}` : `clause ${first + 1}`;
      addLater(
        new RuleError(
          `条款编号 ${id} 重复（${at}已用）：每条条款的编号须唯一`,
          `clause id ${id} is given twice (first at ${atEn}): every clause needs its own id`,
          where(offsetOf(path), path),
        ),
        path,
      );
    });
  }
  // An expression YAML read in part as a tag (`!has(x) && …`) or an anchor (`&a …`): it checks something else.
  for (const taken of expressionsTaken(doc, text)) {
    if (!soundHere(taken.path)) continue;
    addLater(new RuleError(taken.zh, taken.en, where(taken.offset, taken.path)), taken.path);
  }

  const problems = found.sort((a, b) => a.offset - b.offset || a.order - b.order).map((f) => f.error);
  const checkable = Array.isArray(record.clauses)
    ? {
        agreement: checkableAgreement(record, soundHere),
        clause: (index: number) => soundHere(['clauses', index]),
      }
    : undefined;
  if (problems.length === 0) return { problems, agreement: data as Agreement, locate, checkable };
  return { problems, locate, checkable, first: first ?? later[0] };
}

/**
 * The agreement as its clause checks read it when the document has problems: a field they read (the id a custom
 * check is named by, the industry, the dates, the platforms and scope) left out where it is wrong.
 */
function checkableAgreement(
  record: Record<string, unknown>,
  sound: (path: (string | number)[]) => boolean,
): Agreement {
  const read = ['id', 'industry', 'effective_from', 'effective_to', 'platform', 'scope', 'parent'];
  const kept = Object.fromEntries(
    read.filter((key) => key in record && sound([key])).map((k) => [k, record[k]]),
  );
  return {
    ...kept,
    id: typeof kept.id === 'string' ? kept.id : 'agreement',
    clauses: record.clauses,
  } as unknown as Agreement;
}

function pathOf(error: ErrorObject): (string | number)[] {
  return error.instancePath
    .split('/')
    .slice(1)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p.replaceAll('~1', '/').replaceAll('~0', '~')));
}

/** Where the key of a mapping's entry is written (for an entry whose value is empty: `rul:`). */
function keyOffset(doc: Document, path: (string | number)[]): number | undefined {
  const parent = doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path.at(-1));
  return isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
}

function nearestOffset(doc: Document, path: (string | number)[]): number | undefined {
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
  return sorted.find((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf') ?? sorted[0]!;
}

/**
 * Ajv's errors, one per problem: an alternative (`oneOf`: a parameter's value, the platform) fails with an error
 * for each branch besides its own, all at or below its place; they are one problem, said by the most specific.
 */
function problemErrors(errors: ErrorObject[]): { error: ErrorObject; members: ErrorObject[] }[] {
  const below = (outer: string, inner: string) => inner === outer || inner.startsWith(`${outer}/`);
  const alternatives = errors
    .filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')
    .sort((a, b) => a.instancePath.length - b.instancePath.length);
  const taken = new Set<ErrorObject>();
  const problems: { error: ErrorObject; members: ErrorObject[] }[] = [];
  for (const alternative of alternatives) {
    if (taken.has(alternative)) continue;
    const members = errors.filter((e) => !taken.has(e) && below(alternative.instancePath, e.instancePath));
    for (const member of members) taken.add(member);
    problems.push({ error: mostSpecific(members), members });
  }
  return [...problems, ...errors.filter((e) => !taken.has(e)).map((error) => ({ error, members: [error] }))];
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
      return patternWords[String(p.pattern)] ?? ['格式不正确', 'not in the expected form'];
    case 'type':
      return Array.isArray(p.type)
        ? [
            `类型应为 ${p.type.join('、')} 之一`,
            `must be of type ${p.type.slice(0, -1).join(', ')} or ${String(p.type.at(-1))}`,
          ]
        : [`类型应为 ${String(p.type)}`, `must be of type ${String(p.type)}`];
    case 'not':
      return ['条款不能同时有 rule 和 check', 'a clause has either `rule` or `check`, not both'];
    default:
      return [
        `不符合协议格式：${error.message ?? error.keyword}`,
        `not a valid agreement: ${error.message ?? error.keyword}`,
      ];
  }
}

// ——— Expressions written without quotes ———

/** The fields of a custom check that hold an expression, below `check`. */
const expressionFields = ['filter', 'violation', 'amount'];
const expressionGroups = ['let'];
const nestedExpressionFields: Record<string, string[]> = {
  group: ['measures', 'let'],
  blocks: ['gap_minutes', 'start', 'end'],
};

/** Whether a path of an agreement is an expression: `clauses.N.check.violation`, `… .check.let.x`, … */
function isExpressionPath(path: readonly (string | number)[]): boolean {
  if (path[0] !== 'clauses' || typeof path[1] !== 'number' || path[2] !== 'check') return false;
  const [field, inner, leaf] = path.slice(3);
  if (path.length === 4) return expressionFields.includes(String(field));
  if (path.length === 5) {
    if (expressionGroups.includes(String(field))) return true;
    return String(field) === 'blocks' && nestedExpressionFields.blocks!.includes(String(inner));
  }
  return (
    path.length === 6 &&
    String(field) === 'group' &&
    nestedExpressionFields.group!.includes(String(inner)) &&
    leaf !== undefined
  );
}

/** An expression in quotes as YAML reads it: double quotes, or single ones when it holds a double quote. */
function quoted(expression: string): string {
  if (!expression.includes('"')) return `"${expression.replaceAll('\\', '\\\\')}"`;
  return `'${expression.replaceAll("'", "''")}'`;
}

/** The hint that says to quote an expression, with `key: "expression"` as the example. */
function quoteHint(example: string): { zh: string; en: string } {
  return {
    zh: `——表达式含有 YAML 自行解读的字符（": "、" #"，或开头的 {、[、*、&、!、? 等）时，请把表达式写在引号中，例如 ${example}`,
    en: ` — write the expression in quotes, e.g. ${example} (YAML reads ": ", " #" and a leading {, [, *, &, ! or ? itself)`,
  };
}

/** A check's fields that are no expression: a YAML error there gets no hint about expressions. */
const plainCheckFields = new Set([
  'dataset',
  'shape',
  'liable',
  'id',
  'title_zh',
  'title_en',
  'sources',
  'by',
  'complete_weeks',
  'optional',
  'params',
  'type',
  'default',
  'zh',
  'en',
]);

const keyPattern = /(?:^[\t ]*(?:-[\t ]+)*|[{,][\t ]*)([A-Za-z_][\w.-]*)[\t ]*:(?=[\t ]|$)/g;
const indentOf = (line: string) => line.length - line.trimStart().length;

/**
 * Where an offset of the text lies, read from its lines: the innermost key before it on its line (with the text
 * after the key, and whether it is written in a flow `{…}`) and the keys of the lines it is nested in.
 */
function keysAround(text: string, offset: number) {
  const lines = text.split('\n');
  let start = 0;
  let index = 0;
  while (index < lines.length - 1 && start + lines[index]!.length + 1 <= offset) {
    start += lines[index]!.length + 1;
    index += 1;
  }
  const line = lines[index] ?? '';
  const before = line.slice(0, Math.max(0, offset - start));
  const onLine = [...before.matchAll(keyPattern)];
  const own = onLine.at(-1);
  const key = own?.[1];
  const flow = own ? /[{,]/.test(own[0].trimStart()[0] ?? '') : false;
  const value = own ? line.slice((own.index ?? 0) + own[0].length) : '';
  const ancestors = onLine.slice(0, -1).map((m) => m[1]!);
  let indent = indentOf(line);
  for (let i = index - 1; i >= 0 && indent > 0; i--) {
    const above = lines[i]!;
    if (above.trim() === '' || above.trimStart().startsWith('#')) continue;
    const depth = indentOf(above);
    if (depth >= indent) continue;
    const dash = /^[\t ]*((?:-[\t ]+)*)/.exec(above)![1]!;
    const match = /^[\t ]*(?:-[\t ]+)*([A-Za-z_][\w.-]*)[\t ]*:(?=[\t ]|$)/.exec(above);
    // `- id: c1` above `check:` is the list item holding it; its key `id` is a sibling, not a parent.
    if (match && depth + dash.length < indent) ancestors.unshift(match[1]!);
    indent = depth;
  }
  return { key, value, flow, ancestors };
}

/**
 * The hint for a YAML syntax error at or inside a custom check's expression (or its `check:` value): write the
 * expression in quotes, with the expression as written as the example. Undefined elsewhere.
 */
function expressionSyntaxHint(text: string, offset: number): { zh: string; en: string } | undefined {
  const { key, value, flow, ancestors } = keysAround(text, offset);
  const inCheck = ancestors.includes('check');
  const expression =
    key !== undefined &&
    (expressionFields.includes(key) ||
      key === 'gap_minutes' ||
      (inCheck && ['let', 'measures'].includes(ancestors.at(-1) ?? '')));
  if (!expression && key !== 'check' && !(inCheck && (key === undefined || !plainCheckFields.has(key))))
    return undefined;
  let written = value.replace(/[\t ]+#.*$/, '').trim();
  if (flow) written = written.replace(/[\t ]*[}\]][\t ,}\]]*$/, '').trim();
  const example = !key
    ? 'violation: "…"'
    : key === 'check'
      ? `check: { dataset: …, shape: row, violation: ${written ? quoted(written) : '"…"'} }`
      : `${key}: ${written ? quoted(written) : '"…"'}`;
  return quoteHint(example);
}

/** A YAML syntax error: in Chinese (`yamlErrorInChinese`), then in English as the parser says it. */
function syntaxError(
  error: { code?: string; message: string },
  text: string,
  offset: number | undefined,
  location: RuleErrorLocation,
): RuleError {
  const hint = offset === undefined ? undefined : expressionSyntaxHint(text, offset);
  return new RuleError(
    `YAML 语法错误：${yamlErrorInChinese(error)}${hint?.zh ?? ''}`,
    `YAML syntax error: ${error.message}${hint?.en ?? ''}`,
    location,
  );
}

/** An expression field the schema found a mapping or a list (`violation: {a > 1}`): it was meant as text. */
function wrongExpressionHint(
  error: ErrorObject,
  path: (string | number)[],
  doc: Document,
  text: string,
): { zh: string; en: string } | undefined {
  if (error.keyword !== 'type' || !isExpressionPath(path)) return undefined;
  const node = doc.getIn(path, true);
  if (!isMap(node) && !isSeq(node)) return undefined;
  const written = node.range ? text.slice(node.range[0], node.range[1]).trim() : '';
  return quoteHint(`${String(path.at(-1))}: ${written && !written.includes('\n') ? quoted(written) : '"…"'}`);
}

/** Each scalar of the document at an expression's path, with its path and where its key is written. */
function expressionScalars(doc: Document): { node: Scalar; path: (string | number)[]; keyOffset?: number }[] {
  const found: { node: Scalar; path: (string | number)[]; keyOffset?: number }[] = [];
  const visit = (node: unknown, path: (string | number)[], keyOffset?: number) => {
    if (isMap(node))
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : undefined;
        if (typeof key === 'string' || typeof key === 'number')
          visit(pair.value, [...path, key], isNode(pair.key) ? pair.key.range?.[0] : undefined);
      }
    else if (isSeq(node)) node.items.forEach((item, i) => visit(item, [...path, i]));
    else if (isScalar(node) && isExpressionPath(path)) found.push({ node, path, keyOffset });
  };
  visit(doc.contents, []);
  return found;
}

/**
 * An expression YAML read as a number or a boolean (`gap_minutes: 30`, `filter: true`) is read as the text written
 * there: an expression is text, and `30` written without quotes means the expression `30`.
 */
function readExpressionsAsWritten(doc: Document, text: string): void {
  for (const { node } of expressionScalars(doc))
    if ((typeof node.value === 'number' || typeof node.value === 'boolean') && node.range)
      node.value = text.slice(node.range[0], node.range[1]).trim();
}

/** The first alias of the document (`*a`), where an unset anchor is read. */
function firstAlias(node: unknown): YamlNode | undefined {
  if (isAlias(node)) return node;
  if (isMap(node) || isSeq(node))
    for (const item of node.items) {
      const found = isPair(item) ? (firstAlias(item.key) ?? firstAlias(item.value)) : firstAlias(item);
      if (found) return found;
    }
  return undefined;
}

/**
 * The expressions YAML read in part as its own syntax: a leading `!…` is a tag (`!has(x) && y` reads as `y`), a
 * leading `&…` an anchor (`&a x` reads as `x`). Each with where it is and what to write instead.
 */
function expressionsTaken(
  doc: Document,
  text: string,
): { path: (string | number)[]; offset: number | undefined; zh: string; en: string }[] {
  const taken: { path: (string | number)[]; offset: number | undefined; zh: string; en: string }[] = [];
  for (const { node, path, keyOffset } of expressionScalars(doc)) {
    if (!node.anchor && !(node.tag && !node.tag.startsWith('tag:'))) continue;
    const mark = node.tag ? node.tag : `&${node.anchor!}`;
    const [zhKind, enKind] = node.tag ? ['标签', 'a tag'] : ['锚点', 'an anchor'];
    const lineStart = keyOffset === undefined ? undefined : text.lastIndexOf('\n', keyOffset) + 1;
    const lineEnd = lineStart === undefined ? -1 : text.indexOf('\n', lineStart);
    const line = lineStart === undefined ? '' : text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
    const afterKey = keyOffset === undefined ? '' : line.slice(keyOffset - lineStart!);
    const written =
      /^[^:]*:[\t ]*(.*)$/
        .exec(afterKey)?.[1]
        ?.replace(/[\t ]+#.*$/, '')
        .trim() ?? '';
    const at = written && keyOffset !== undefined ? keyOffset + afterKey.indexOf(written) : undefined;
    const read = String(node.value ?? '');
    const hint = quoteHint(`${String(path.at(-1))}: ${written ? quoted(written) : '"…"'}`);
    taken.push({
      path,
      offset: at ?? node.range?.[0],
      zh: `表达式以 ${mark[0]} 开头：YAML 把 ${mark} 读作${zhKind}而不是表达式的一部分，表达式只剩下 "${read}"${hint.zh}`,
      en: `the expression starts with ${mark[0]}, which YAML reads as ${enKind} (${mark}), not as part of the expression, leaving "${read}"${hint.en}`,
    });
  }
  return taken;
}

/** What each pattern of the agreement schema asks for, in words: a reader is never shown the pattern itself. */
const patternWords: Readonly<Record<string, [string, string]>> = {
  '^\\d{4}-\\d{2}-\\d{2}$': [
    '应为写作 YYYY-MM-DD 的日期，如 2025-09-01',
    'must be a date written YYYY-MM-DD, e.g. 2025-09-01',
  ],
  '^[a-z0-9][a-z0-9_.-]*$': [
    '编号应以小写字母或数字开头，只含小写字母、数字、_ . -，如 eleme-shanghai-2025',
    'an id starts with a lower-case letter or digit and holds only lower-case letters, digits, _ . and -, e.g. eleme-shanghai-2025',
  ],
  '^[A-Za-z0-9_.-]+$': [
    '编号只含字母、数字、_ . -，如 c01',
    'an id holds only letters, digits, _ . and -, e.g. c01',
  ],
};
