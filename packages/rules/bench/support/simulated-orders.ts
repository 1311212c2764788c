import { existsSync } from 'node:fs';
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

async function asOfOf(dir: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { asOf: string };
  return manifest.asOf;
}
