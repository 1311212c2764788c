import { RuleErrors, checkAgreement, type Agreement, type Locate } from '@gigpact/rules';

/**
 * An agreement file checked as `gigpact agreement check` checks it (`checkAgreement`): its structure, then each
 * clause on its own. Its problems are thrown together (a RuleErrors whose message has one a line, each at
 * `file:line:column` with its path from the document's root, `clauses.0.params.max_speed_kmh`).
 */
export function checkedAgreementFile(text: string, file: string): { agreement: Agreement; locate: Locate } {
  const checked = checkAgreement(text, file);
  const failed = RuleErrors.of(checked.problems);
  if (failed) throw failed;
  if (!checked.agreement || !checked.locate)
    throw new Error(`协议文件 ${file} 无法读取 / the agreement file ${file} cannot be read`);
  return { agreement: checked.agreement, locate: checked.locate };
}
