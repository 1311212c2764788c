import { existsSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { CarriedFinding } from '../findings/reviews.repository';

/**
 * The findings of the run being finished (`finding_rows` in its DuckDB) that an earlier run also found and someone
 * reviewed there (`reviewed`: the earlier run's touched keys), each with whether its amount or evidence differs
 * from the earlier finding's, read from the earlier run's Parquet (`earlierFile`). Without that file the
 * findings count as changed: nothing says they are the same.
 */
export async function carriedFindings(
  connection: DuckDBConnection,
  earlierFile: string,
  reviewed: readonly string[],
): Promise<CarriedFinding[]> {
  if (reviewed.length === 0) return [];
  const found = existsSync(earlierFile);
  const earlier = found
    ? `(SELECT key, amount, evidence FROM read_parquet($2))`
    : `(SELECT NULL::VARCHAR AS key, NULL::DECIMAL(38, 10) AS amount, NULL::VARCHAR[] AS evidence WHERE FALSE)`;
  const reader = await connection.run(
    `SELECT n.key, n.clause_id AS "clauseId", n.platform, n.district,
       (p.key IS NULL OR p.amount IS DISTINCT FROM n.amount OR p.evidence IS DISTINCT FROM n.evidence) AS changed
     FROM finding_rows n
       JOIN (SELECT DISTINCT unnest(from_json($1::JSON, '["VARCHAR"]')) AS key) k ON k.key = n.key
       LEFT JOIN ${earlier} p ON p.key = n.key
     ORDER BY n.key`,
    found ? [JSON.stringify(reviewed), earlierFile] : [JSON.stringify(reviewed)],
  );
  return (await reader.getRowObjectsJson()) as unknown as CarriedFinding[];
}
