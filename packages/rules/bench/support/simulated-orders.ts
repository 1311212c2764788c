import { existsSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simulate } from '../../../datasets/src/simulate/simulate';

/**
 * Simulated Shanghai delivery orders (the datasets simulator, seed 1, 28 days, riders scaled to the wanted
 * number of orders) as Parquet, generated once per size and kept under the system temp directory, so that a
 * benchmark run does not time the generation. Returns the Parquet file, the audit as-of date and whether this
 * run generated it.
 */
export async function simulatedOrders(
  rows: number,
  say: (line: string) => void,
): Promise<{ file: string; asOf: string; generated: boolean }> {
  const dir = path.join(tmpdir(), 'gigpact-bench', `delivery-orders-${rows}`);
  const file = path.join(dir, 'delivery_orders.parquet');
  if (existsSync(file)) return { file, asOf: await asOfOf(dir), generated: false };
  say(`generating ${rows.toLocaleString()} simulated orders into ${dir} (once) …`);
  const days = 28;
  // About 16 orders per rider and calendar day (sessions, rest days, cancellations).
  const summary = await simulate({
    days,
    scale: rows / (days * 10_000 * 16),
    seed: 1,
    outDir: dir,
    industries: ['food_delivery'],
  });
  return { file, asOf: summary.asOf, generated: true };
}

/**
 * The simulated orders (`simulatedOrders`) as the view `delivery_orders` over their Parquet file on `connection`,
 * as the audit engine and the analyses read a dataset, with its columns and its number of rows.
 */
export async function simulatedOrdersView(
  connection: DuckDBConnection,
  rows: number,
  say: (line: string) => void,
): Promise<{ file: string; asOf: string; generated: boolean; columns: string[]; rows: number }> {
  const orders = await simulatedOrders(rows, say);
  await connection.run(`CREATE VIEW delivery_orders AS SELECT * FROM read_parquet('${orders.file}')`);
  const described = await (await connection.run(`DESCRIBE delivery_orders`)).getRowObjectsJson();
  const [[count]] = (await (await connection.run(`SELECT count(*) FROM delivery_orders`)).getRowsJson()) as [
    [string | number],
  ];
  return { ...orders, columns: described.map((r) => String(r.column_name)), rows: Number(count) };
}

async function asOfOf(dir: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { asOf: string };
  return manifest.asOf;
}
