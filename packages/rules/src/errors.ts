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

/**
 * Several problems found at once (each parameter of a clause, each structural problem of a file): the first as
 * this error's own message and place, every one in `errors` and, one a line, in `message`.
 */
export class RuleErrors extends RuleError {
  readonly errors: readonly RuleError[];

  constructor(errors: readonly RuleError[]) {
    const flat = errors.flatMap((e) => problemsOf(e));
    const [first] = flat;
    if (!first) throw new Error('RuleErrors needs at least one error');
    super(first.zh, first.en, first.location);
    this.name = 'RuleErrors';
    this.errors = flat;
    this.message = flat.map((e) => e.message).join('\n');
  }

  /** One error as itself, several as one RuleErrors; nothing thrown for none (undefined). */
  static of(errors: readonly RuleError[]): RuleError | undefined {
    return errors.length <= 1 ? errors[0] : new RuleErrors(errors);
  }

  /** Every error, each placed further out. */
  override within(outer: RuleErrorLocation): RuleError {
    return new RuleErrors(this.errors.map((e) => e.within(outer)));
  }
}

/** Every problem a RuleError stands for: the errors of a RuleErrors (already flat), else itself. */
export function problemsOf(error: RuleError): RuleError[] {
  return error instanceof RuleErrors ? [...error.errors] : [error];
}

/**
 * Gathers the problems of checks that go on after one fails: `attempt` runs a check and keeps every problem it
 * throws (a RuleErrors as its problems), giving back the check's result or undefined.
 */
export function problemCollector(): {
  problems: RuleError[];
  attempt: <T>(check: () => T) => T | undefined;
} {
  const problems: RuleError[] = [];
  const attempt = <T>(check: () => T): T | undefined => {
    try {
      return check();
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      problems.push(...problemsOf(error));
      return undefined;
    }
  };
  return { problems, attempt };
}
