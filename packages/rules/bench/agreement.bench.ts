// A whole food-delivery agreement (Ele.me Shanghai 2025, all 11 checkable clauses in one query) on generated
// orders in DuckDB, against the floor of reading the same rows sorted by rider and time. Printed as a ratio
// measured in one run. Usage: npx tsx packages/rules/bench/agreement.bench.ts [rows=1000000]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { compileAgreement, createTableSql, loadAgreement } from '../src/index';
import { dialects } from '../src/sql/dialects';

const say = (line: string) => process.stdout.write(line + '\n');
const rows = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const agreement = loadAgreement(
  readFileSync(path.resolve(import.meta.dirname, '../agreements/eleme-shanghai-2025.yaml'), 'utf8'),
  'eleme-shanghai-2025.yaml',
);
const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();
await db.run(createTableSql(dialects.duckdb, 'delivery_orders'));
// Each rider takes 25 orders a day, 24 minutes apart, with a 30-minute break after the tenth; a few values in
// every hundred break a clause (late fines, missing subsidies, short delivery times).
await db.run(`
  INSERT INTO delivery_orders
  SELECT 'o' || i, 'eleme', 'r' || (i % ${Math.max(1, Math.floor(rows / 600))}), 'crowd', NULL, NULL,
    t, t, t + INTERVAL 3 MINUTE, t + INTERVAL 8 MINUTE, t + INTERVAL 9 MINUTE,
    CASE WHEN i % 20 = 0 THEN NULL ELSE t + to_minutes(10 + (i * 7) % 14) END,
    t + to_minutes(30 + (i * 3) % 15), (i * 37) % 4000,
    CASE WHEN i % 20 = 0 THEN 'cancelled' ELSE 'delivered' END,
    (9 + (i % 900) / 100.0)::DECIMAL(18,4), CASE WHEN i % 97 = 0 THEN 3 END, CASE WHEN i % 11 = 0 THEN 2 ELSE 0 END,
    CASE WHEN i % 11 = 0 THEN 'late' END, CASE WHEN i % 13 = 0 THEN 'weather' END, i % 50 <> 0,
    CASE WHEN i % 97 = 0 THEN 3 ELSE 0 END
  FROM (SELECT i, TIMESTAMP '2025-07-01 08:00' + to_days(CAST((j // 25) % 28 AS INTEGER))
                 + to_minutes(CAST((j % 25) * 24 + CASE WHEN j % 25 >= 10 THEN 30 ELSE 0 END AS BIGINT)) AS t
        FROM (SELECT i, i // ${Math.max(1, Math.floor(rows / 600))} AS j FROM range(${rows}) r(i)))`);

/** Elapsed and CPU milliseconds of a second run (the first warms caches); CPU time is steadier on a busy machine. */
async function time(label: string, run: () => Promise<unknown>): Promise<{ ms: number; cpu: number }> {
  await run();
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  await run();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpuStart);
  const cpu = (used.user + used.system) / 1000;
  say(`${label.padEnd(48)} ${ms.toFixed(0).padStart(7)} ms  cpu ${cpu.toFixed(0).padStart(7)} ms`);
  return { ms, cpu };
}

const compiled = compileAgreement(agreement, { dialect: 'duckdb', asOf: '2025-08-31' });
const query = compiled.queries[0]!;
const floor = await time(`floor: sort ${rows.toLocaleString()} rows by rider, time`, () =>
  db.run(
    `SELECT count(*), max(x) FROM (SELECT *, row_number() OVER (PARTITION BY rider_id ORDER BY accepted_at) AS x FROM delivery_orders)`,
  ),
);
let findings = 0;
const audit = await time(`agreement: ${query.clauseIds.length} clauses, one query`, async () => {
  const result = await db.run(query.sql, query.params as never);
  findings = (await result.getRows()).length;
});
say(`findings: ${findings.toLocaleString()}`);
if (process.argv.includes('--per-clause'))
  for (const clause of compiled.clauses) {
    if (clause.status !== 'applicable') continue;
    const one = compileAgreement(
      { ...agreement, clauses: agreement.clauses.filter((c) => c.id === clause.clauseId) },
      { dialect: 'duckdb', asOf: '2025-08-31' },
    ).queries[0]!;
    await time(`  ${clause.clauseId} ${clause.ruleId}`, () =>
      db.run(`SELECT count(*) FROM (${one.sql})`, one.params as never),
    );
  }
say(
  `ratio agreement / floor: ${(audit.ms / floor.ms).toFixed(2)}× elapsed, ${(audit.cpu / floor.cpu).toFixed(2)}× cpu`,
);
db.closeSync();
instance.closeSync();
