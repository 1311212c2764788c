import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * The brand of each franchisee whose payroll an audit reads (a statement names no brand), as the audit built it
 * (`createFranchiseeBrands`): one row per franchisee with one known brand.
 */
export const franchiseeBrandsTable = 'franchisee_brands';

/** Makes sure the table stands (empty: no brand known) for figures and findings read without an audit's views. */
export async function ensureFranchiseeBrands(connection: DuckDBConnection): Promise<void> {
  await connection.run(
    `CREATE TABLE IF NOT EXISTS ${franchiseeBrandsTable} (franchisee VARCHAR, brand VARCHAR)`,
  );
}

/** SQL for the brand of the franchisee in column `franchisee` of the current row: null where none is known. */
export function brandOfFranchiseeSql(franchisee: string): string {
  return `(SELECT b.brand FROM ${franchiseeBrandsTable} b WHERE b.franchisee = CAST(${franchisee} AS VARCHAR))`;
}
