import { best, measure, type Measured } from '../../../rules/bench/support/measure';

/**
 * Formulations measured in turn over a number of rounds, each run kept under its formulation's key and compared
 * by its best run (the one least disturbed by whatever else shares the machine).
 */
export class Rounds {
  private readonly runs = new Map<string, Measured[]>();

  constructor(readonly count: number) {}

  /** Runs `round` once per round, with the suffix that names the round in a label (` (1/2)`; none for one). */
  async each(round: (of: string) => Promise<void>): Promise<void> {
    for (let n = 1; n <= this.count; n++) await round(this.count > 1 ? ` (${n}/${this.count})` : '');
  }

  /** One measured run of the formulation `key`, returning what it gave. */
  async timed<T>(label: string, key: string, run: () => Promise<T>): Promise<T> {
    let result: T | undefined;
    const measured = await measure(label, async () => {
      result = await run();
    });
    this.runs.set(key, [...(this.runs.get(key) ?? []), measured]);
    return result as T;
  }

  /** The best run of the formulation `key`: the least elapsed and the least CPU time. */
  best(key: string): Measured {
    return best(key, this.runs.get(key) ?? []);
  }
}
