/** Elapsed and CPU time (all threads of this process, DuckDB's included) and the RSS high-water of one run. */
export interface Measured {
  label: string;
  wallMs: number;
  cpuMs: number;
  peakRssMiB: number;
}

export const say = (line: string) => process.stdout.write(line + '\n');

/** A numeric command-line option, `--name N`, or `fallback` when it is not given. */
export const argument = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

export async function measure(label: string, run: () => Promise<unknown>): Promise<Measured> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  const cpu = process.cpuUsage();
  const start = performance.now();
  try {
    await run();
  } finally {
    clearInterval(sampler);
  }
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  peak = Math.max(peak, process.memoryUsage().rss);
  const m = { label, wallMs, cpuMs: (used.user + used.system) / 1000, peakRssMiB: peak / 2 ** 20 };
  say(
    `  ${label.padEnd(52)} ${seconds(m.wallMs).padStart(9)}  cpu ${seconds(m.cpuMs).padStart(9)}  rss ≤ ${m.peakRssMiB.toFixed(0).padStart(5)} MiB`,
  );
  return m;
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** `a / b` as elapsed and CPU ratios; CPU is the steadier one on a shared machine. */
export function ratio(a: Pick<Measured, 'wallMs' | 'cpuMs'>, b: Pick<Measured, 'wallMs' | 'cpuMs'>): string {
  return `${(a.wallMs / b.wallMs).toFixed(2)}× elapsed, ${(a.cpuMs / b.cpuMs).toFixed(2)}× cpu`;
}

export function sum(label: string, parts: readonly Measured[]): Measured {
  return {
    label,
    wallMs: parts.reduce((s, p) => s + p.wallMs, 0),
    cpuMs: parts.reduce((s, p) => s + p.cpuMs, 0),
    peakRssMiB: Math.max(...parts.map((p) => p.peakRssMiB)),
  };
}

/**
 * The best of repeated runs of one thing: the least elapsed and the least CPU time (each of them the run least
 * disturbed by whatever else shares the machine), the highest RSS.
 */
export function best(label: string, runs: readonly Measured[]): Measured {
  if (runs.length === 0) throw new Error(`no runs of ${label}`);
  return {
    label,
    wallMs: Math.min(...runs.map((r) => r.wallMs)),
    cpuMs: Math.min(...runs.map((r) => r.cpuMs)),
    peakRssMiB: Math.max(...runs.map((r) => r.peakRssMiB)),
  };
}
