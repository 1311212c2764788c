import { datasetKinds } from '@gigpact/contracts';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { RuleError } from '../errors';

const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const expectedFinding = z.object({
  key: z.string(),
  evidence: z.array(z.string()).optional(),
  amount: z.union([z.string(), z.number(), z.null()]).optional(),
  /** Values of the trace to compare (a subset of what the finding computed). */
  values: z.record(z.string(), cell).optional(),
});

export const caseFileSchema = z.object({
  /** A library rule id, or a custom rule written inline with `check`. */
  rule: z.string().optional(),
  check: z.record(z.string(), z.unknown()).optional(),
  dataset: z.enum(datasetKinds).optional(),
  params: z.record(z.string(), z.unknown()).default({}),
  as_of: z.string().default('2025-12-31'),
  effective_from: z.string().optional(),
  /** Merged into every row, so a case lists only what it is about. */
  row_defaults: z.record(z.string(), cell).default({}),
  cases: z
    .array(
      z.object({
        name: z.string(),
        params: z.record(z.string(), z.unknown()).optional(),
        as_of: z.string().optional(),
        rows: z.array(z.record(z.string(), cell)),
        expect: z.array(expectedFinding),
      }),
    )
    .min(1),
});
export type CaseFile = z.infer<typeof caseFileSchema>;
export type ExpectedFinding = z.infer<typeof expectedFinding>;

/** Reads a YAML clause-test file; errors name the file, line and path. */
export function loadCaseFile(text: string, fileName: string): CaseFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors[0]) {
    const { line, col } = lineCounter.linePos(doc.errors[0].pos[0]);
    throw new RuleError('YAML 语法错误', `YAML syntax error: ${doc.errors[0].message}`, {
      file: fileName,
      line,
      column: col,
    });
  }
  const parsed = caseFileSchema.safeParse(doc.toJS());
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  const pos = node?.range ? lineCounter.linePos(node.range[0]) : undefined;
  throw new RuleError(
    `测试用例格式错误：${issue.message}`,
    `clause test file is not valid: ${issue.message}`,
    {
      file: fileName,
      line: pos?.line,
      column: pos?.col,
      path,
    },
  );
}
