import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * Runs `work` on the connection, reporting the running statement's progress (whole percent, below 100 until it
 * ends) every quarter second.
 */
export function whileReporting(connection: DuckDBConnection, report: (percent: number) => void) {
  return async <T>(work: () => Promise<T>): Promise<T> => {
    let last = -1;
    const timer = setInterval(() => {
      const percent = Math.min(99, Math.floor(connection.progress.percentage));
      if (percent > last) report((last = percent));
    }, 250);
    try {
      return await work();
    } finally {
      clearInterval(timer);
    }
  };
}
