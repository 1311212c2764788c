/**
 * Every problem with an agreement or a rule is a RuleError: a message in Chinese and English plus where it is —
 * the file, its line and column, the path inside the document, the clause, and the offset inside an expression —
 * so a negotiator can find the offending part of a clause without reading code.
 */
export interface RuleErrorLocation {
  file?: string;
  line?: number;
  column?: number;
  path?: (string | number)[];
  clause?: string;
  rule?: string;
  /** Which expression of the rule, e.g. `violation` or `let.commission_rate`. */
  field?: string;
  /** Offset (0-based) of the offending part inside that expression. */
  offset?: number;
  expression?: string;
}

export class RuleError extends Error {
  readonly zh: string;
  readonly en: string;
  readonly location: RuleErrorLocation;

  constructor(zh: string, en: string, location: RuleErrorLocation = {}) {
    super(`${describeLocation(location)}${zh} / ${en}`);
    this.name = 'RuleError';
    this.zh = zh;
    this.en = en;
    this.location = location;
  }

  /** The same error, placed further out (e.g. an expression error placed in its clause and file). */
  within(outer: RuleErrorLocation): RuleError {
    return new RuleError(this.zh, this.en, { ...outer, ...definedOnly(this.location) });
  }
}

function definedOnly(location: RuleErrorLocation): RuleErrorLocation {
  return Object.fromEntries(Object.entries(location).filter(([, v]) => v !== undefined)) as RuleErrorLocation;
}

export function describeLocation(l: RuleErrorLocation): string {
  const parts: string[] = [];
  if (l.file) parts.push(l.line ? `${l.file}:${l.line}${l.column ? `:${l.column}` : ''}` : l.file);
  if (l.path && l.path.length > 0) parts.push(l.path.join('.'));
  if (l.clause) parts.push(`clause ${l.clause}`);
  if (l.rule) parts.push(`rule ${l.rule}`);
  if (l.field) parts.push(l.offset !== undefined ? `${l.field} @${l.offset}` : l.field);
  let text = parts.length > 0 ? `${parts.join(' · ')}: ` : '';
  if (l.expression !== undefined && l.offset !== undefined) {
    text += `\n  ${l.expression}\n  ${' '.repeat(l.offset)}^\n`;
  }
  return text;
}
