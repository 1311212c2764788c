import type { DuckDBConnection } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { whileReporting } from './statement-progress';

describe('a statement’s progress', () => {
  it('is reported in whole percent as it grows, below 100 until the statement ends, and not after', async () => {
    const readings = [12.5, 12.9, 40.2, 100, 100];
    let read = 0;
    const connection = {
      get progress() {
        return { percentage: readings[Math.min(read++, readings.length - 1)]! };
      },
    } as unknown as DuckDBConnection;
    const reported: number[] = [];
    // The statement ends once every reading has been taken, however slowly the timer fires.
    const result = await whileReporting(connection, (p) => reported.push(p))(
      () =>
        new Promise((resolve) => {
          const poll = setInterval(() => {
            if (read >= readings.length) {
              clearInterval(poll);
              resolve('done');
            }
          }, 20);
        }),
    );
    expect(result).toBe('done');
    expect(reported).toEqual([12, 40, 99]);
    const after = reported.length;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(reported).toHaveLength(after);
  });
});
