import { join } from 'node:path';
import { DuckSession, sqlIdent, sqlString } from '../duck/session';

/**
 * Splits one simulated dataset into one Parquet file per platform (or express company), as each platform would
 * send its own export: `<outDir>/<kind>-<platform>.parquet`, in the rows' original order.
 */
export async function splitByPlatform(
  file: string,
  outDir: string,
  options: { kind: string; column: 'platform' | 'company'; tempDirectory: string },
): Promise<{ platform: string; path: string }[]> {
  const db = await DuckSession.open({ tempDirectory: options.tempDirectory });
  try {
    const source = `read_parquet(${sqlString(file)})`;
    const column = sqlIdent(options.column);
    const values = await db.rows<{ v: string }>(
      `SELECT DISTINCT ${column} AS v FROM ${source} WHERE ${column} IS NOT NULL ORDER BY v`,
    );
    const parts: { platform: string; path: string }[] = [];
    for (const { v } of values) {
      const path = join(outDir, `${options.kind}-${v.replace(/[^a-z0-9_]/gi, '_')}.parquet`);
      await db.run(
        `COPY (SELECT * FROM ${source} WHERE ${column} = ${sqlString(v)}) TO ${sqlString(path)} (FORMAT parquet)`,
      );
      parts.push({ platform: v, path });
    }
    return parts;
  } finally {
    db.close();
  }
}
