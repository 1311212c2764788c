#!/usr/bin/env node
// `npm run bench`: runs every benchmark (packages/*/bench/*.bench.ts) one after another. Each prints its own
// comparison against a baseline as a ratio measured in the same run. Extra arguments go to every benchmark.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const packagesDir = path.join(root, 'packages');
const benches = readdirSync(packagesDir).flatMap((pkg) => {
  const dir = path.join(packagesDir, pkg, 'bench');
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.bench.ts'))
        .map((f) => path.join(dir, f))
    : [];
});
let failures = 0;
for (const bench of benches) {
  console.log(`\n━━ ${path.relative(root, bench)} ━━`);
  const result = spawnSync('npx', ['tsx', bench, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) failures++;
}
if (benches.length === 0) console.log('no benchmarks found');
process.exit(failures ? 1 : 0);
