import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const repoRoot = path.resolve(import.meta.dirname, '../..');
const serverLog = path.join(repoRoot, 'artifacts', 'e2e-server.log');
const readyTimeoutMs = 120_000;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function buildWebClient(): void {
  // vitest sets NODE_ENV=test; inherited, it would make Vite bundle React's development build.
  const result = spawnSync('npm', ['run', 'build', '-w', '@gigpact/web'], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`building the web client failed (exit ${result.status})`);
}

function logTail(): string {
  return readFileSync(serverLog, 'utf8').split('\n').slice(-30).join('\n');
}

async function waitUntilHealthy(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`gigpact serve exited with ${child.exitCode}:\n${logTail()}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`gigpact serve was not healthy within ${readyTimeoutMs / 1000} s:\n${logTail()}`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const killTimer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(killTimer);
}

/**
 * Builds the web client and runs the real product (`gigpact serve`) on a free port with a fresh embedded
 * database and the demo accounts; the tests get its address through `inject('baseUrl')`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildWebClient();
  mkdirSync(path.dirname(serverLog), { recursive: true });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gigpact-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const log = createWriteStream(serverLog);
  // The embedded database, always: a DATABASE_URL from the developer's shell must not point the run elsewhere.
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, ['packages/cli/bin/gigpact.mjs', 'serve'], {
    cwd: repoRoot,
    env: {
      ...inherited,
      PORT: String(port),
      HOST: '127.0.0.1',
      GIGPACT_DATA_DIR: dataDir,
      GIGPACT_DEMO_DATA: 'true',
      // Each simulated person gets their own address (X-Forwarded-For), as real users would have, so the
      // per-address sign-in limit applies to each of them and not to the whole test run at once.
      GIGPACT_TRUST_PROXY: 'true',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);

  try {
    await waitUntilHealthy(baseUrl, child);
  } catch (error) {
    await stop(child);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  project.provide('baseUrl', baseUrl);

  return async () => {
    await stop(child);
    log.end();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
