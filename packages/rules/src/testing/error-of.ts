import { RuleError } from '../errors';

/** The RuleError a call throws, for tests that read its message and location; fails when it throws none. */
export function errorOf(fn: () => unknown): RuleError {
  try {
    fn();
  } catch (error) {
    if (error instanceof RuleError) return error;
    throw error;
  }
  throw new Error('expected a RuleError');
}
