#!/usr/bin/env node
// `npm test`: everything CI runs, in order — format, lint, typecheck, unit, medium (PGlite and PostgreSQL) and
// end-to-end browser tests. Every stage runs even when an earlier one failed; the last line sums them up as
// "N passed, N failed" and the exit code is non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const resultsDir = path.join(root, 'artifacts/test-results');
mkdirSync(resultsDir, { recursive: true });
const only = process.argv.slice(2);

const checks = [
  ['format', ['npx', 'prettier', '--check', '--log-level', 'warn', '.']],
  ['lint', ['npx', 'eslint', '--max-warnings', '0', '.']],
  ['typecheck', ['npm', 'run', '--silent', 'typecheck']],
];
const projects = ['unit', 'medium', 'e2e'];

let passed = 0;
let failed = 0;
const summary = [];

function run(label, [command, ...args]) {
  console.log(`\n━━ ${label} ━━`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

for (const [label, command] of checks) {
  if (only.length && !only.includes(label)) continue;
  const ok = run(label, command);
  if (ok) passed++;
  else failed++;
  summary.push(`${ok ? '✓' : '✗'} ${label}`);
}

for (const project of projects) {
  if (only.length && !only.includes(project)) continue;
  const output = path.join(resultsDir, `${project}.json`);
  const ok = run(`${project} tests`, [
    'npx',
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${output}`,
  ]);
  if (existsSync(output)) {
    const report = JSON.parse(readFileSync(output, 'utf8'));
    const suiteErrors = report.testResults.filter(
      (r) => r.status === 'failed' && r.assertionResults.length === 0,
    );
    passed += report.numPassedTests;
    failed += report.numFailedTests + suiteErrors.length + (ok || report.numFailedTests ? 0 : 1);
    summary.push(
      `${ok ? '✓' : '✗'} ${project}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`,
    );
  } else {
    failed++;
    summary.push(`✗ ${project}: did not run`);
  }
}

console.log(`\n━━ summary ━━\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
