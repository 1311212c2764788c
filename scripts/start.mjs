#!/usr/bin/env node
// `npm start`: builds the web client when its sources changed since the last build, then runs `gigpact serve`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const webDir = path.join(root, 'packages/web');
const builtIndex = path.join(webDir, 'dist/index.html');

function newestChange(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const sources = [path.join(webDir, 'src'), path.join(root, 'packages/contracts/src')];
const sourceTime = Math.max(
  ...sources.map(newestChange),
  ...['index.html', 'vite.config.ts', 'package.json'].map((f) => statSync(path.join(webDir, f)).mtimeMs),
  statSync(path.join(root, 'package-lock.json')).mtimeMs,
);
if (!existsSync(builtIndex) || statSync(builtIndex).mtimeMs < sourceTime) {
  console.log('构建网页端 / building the web client …');
  const build = spawnSync('npm', ['run', 'build', '--workspace', '@gigpact/web'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, [path.join(root, 'packages/cli/bin/gigpact.mjs'), 'serve'], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
