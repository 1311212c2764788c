/**
 * Recent analysis results by their inputs (agreement version, dataset ids, scope, seed, replicates): stored
 * data is immutable, so the same inputs give the same answer and need not be computed twice. Bounded.
 */
export class AnalysisCache<T> {
  private readonly entries = new Map<string, Promise<T>>();
  constructor(private readonly limit = 64) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const found = this.entries.get(key);
    if (found) {
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    const pending = compute();
    this.entries.set(key, pending);
    pending.catch(() => this.entries.delete(key));
    while (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return pending;
  }
}
